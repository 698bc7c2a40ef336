import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, obj, oneOf, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  FundingInstructionsBankTransferFinancialAddress,
  checkFundingInstructionsBankTransferFinancialAddress,
  testFundingInstructionsBankTransferFinancialAddress,
} from "./funding_instructions_bank_transfer_financial_address.js";

const k0 = /* @__PURE__ */ set(["country", "financial_addresses", "type"]);
const e0 = /* @__PURE__ */ set(["eu_bank_transfer", "jp_bank_transfer"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.country;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["country"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["country"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["country"], 5000, v0);
    }
  }
  const v1 = v.financial_addresses;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["financial_addresses"], v1, ok);
  } else {
    if (!isArray(v1)) {
      ok = wrongType(c, ["financial_addresses"], "array", v1);
    } else {
      for (let i0 = 0; i0 < v1.length; i0++) {
        const v2 = v1[i0];
        ok = into(
          c,
          checkFundingInstructionsBankTransferFinancialAddress,
          v2,
          ok,
          "financial_addresses",
          i0,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v3 = v.type;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["type"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["type"], "string", v3);
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
  const v0 = v.country;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.financial_addresses;
  if (!isArray(v1)) return false;
  for (let i0 = 0; i0 < v1.length; i0++) {
    const v2 = v1[i0];
    if (!testFundingInstructionsBankTransferFinancialAddress(v2, c))
      return false;
  }
  const v3 = v.type;
  if (typeof v3 !== "string") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    country: req(str()),
    financial_addresses: req(
      list(ref(FundingInstructionsBankTransferFinancialAddress)),
    ),
    type: req(oneOf(e0, true)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "funding_instructions_bank_transfer",
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
  schema as FundingInstructionsBankTransfer,
  validateInput as validateFundingInstructionsBankTransfer,
  isValid as isFundingInstructionsBankTransfer,
  check as checkFundingInstructionsBankTransfer,
  test as testFundingInstructionsBankTransfer,
};
