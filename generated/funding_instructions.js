import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  missing,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, obj, oneOf, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  FundingInstructionsBankTransfer,
  checkFundingInstructionsBankTransfer,
  testFundingInstructionsBankTransfer,
} from "./funding_instructions_bank_transfer.js";

const e0 = /* @__PURE__ */ set(["bank_transfer"]);
const e1 = /* @__PURE__ */ set(["funding_instructions"]);
const k0 = /* @__PURE__ */ set([
  "bank_transfer",
  "currency",
  "funding_type",
  "livemode",
  "object",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.bank_transfer;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["bank_transfer"], v0, ok);
  } else {
    ok = into(c, checkFundingInstructionsBankTransfer, v0, ok, "bank_transfer");
  }
  const v1 = v.currency;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["currency"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["currency"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["currency"], 5000, v1);
    }
  }
  const v2 = v.funding_type;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["funding_type"], v2, ok);
  } else {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["funding_type"], e0, v2, ok);
    }
  }
  const v3 = v.livemode;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["livemode"], v3, ok);
  } else {
    if (typeof v3 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v3);
    }
  }
  const v4 = v.object;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["object"], v4, ok);
  } else {
    if (!e1.has(v4)) {
      ok = notInEnum(c, ["object"], e1, v4, ok);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.bank_transfer;
  if (!testFundingInstructionsBankTransfer(v0, c)) return false;
  const v1 = v.currency;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.funding_type;
  if (v2 !== "bank_transfer") return false;
  const v3 = v.livemode;
  if (typeof v3 !== "boolean") return false;
  const v4 = v.object;
  if (v4 !== "funding_instructions") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    bank_transfer: req(ref(FundingInstructionsBankTransfer)),
    currency: req(str()),
    funding_type: req(oneOf(e0)),
    livemode: req(bool()),
    object: req(oneOf(e1)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "funding_instructions",
  branch: "funding_instructions",
  check,
  test,
  shape,
});

function validateInput(input, options) {
  return validate(check, input, options);
}

function isValid(input) {
  return is(test, input);
}

export {
  schema as FundingInstructions,
  validateInput as validateFundingInstructions,
  isValid as isFundingInstructions,
  check as checkFundingInstructions,
  test as testFundingInstructions,
};
