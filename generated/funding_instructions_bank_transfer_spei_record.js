import {
  deeper,
  enter,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["bank_code", "bank_name", "clabe"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.bank_code;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["bank_code"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["bank_code"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["bank_code"], 5000, v0);
    }
  }
  const v1 = v.bank_name;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["bank_name"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["bank_name"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["bank_name"], 5000, v1);
    }
  }
  const v2 = v.clabe;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["clabe"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["clabe"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["clabe"], 5000, v2);
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
  const v0 = v.bank_code;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.bank_name;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.clabe;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    bank_code: req(str()),
    bank_name: req(str()),
    clabe: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "funding_instructions_bank_transfer_spei_record",
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
  schema as FundingInstructionsBankTransferSpeiRecord,
  validateInput as validateFundingInstructionsBankTransferSpeiRecord,
  isValid as isFundingInstructionsBankTransferSpeiRecord,
  check as checkFundingInstructionsBankTransferSpeiRecord,
  test as testFundingInstructionsBankTransferSpeiRecord,
};
