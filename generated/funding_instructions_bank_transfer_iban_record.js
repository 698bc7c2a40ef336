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

const k0 = /* @__PURE__ */ set([
  "account_holder_name",
  "bic",
  "country",
  "iban",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.account_holder_name;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["account_holder_name"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["account_holder_name"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["account_holder_name"], 5000, v0);
    }
  }
  const v1 = v.bic;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["bic"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["bic"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["bic"], 5000, v1);
    }
  }
  const v2 = v.country;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["country"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["country"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["country"], 5000, v2);
    }
  }
  const v3 = v.iban;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["iban"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["iban"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["iban"], 5000, v3);
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
  const v0 = v.account_holder_name;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.bic;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.country;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.iban;
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    account_holder_name: req(str()),
    bic: req(str()),
    country: req(str()),
    iban: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "funding_instructions_bank_transfer_iban_record",
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
  schema as FundingInstructionsBankTransferIbanRecord,
  validateInput as validateFundingInstructionsBankTransferIbanRecord,
  isValid as isFundingInstructionsBankTransferIbanRecord,
  check as checkFundingInstructionsBankTransferIbanRecord,
  test as testFundingInstructionsBankTransferIbanRecord,
};
