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
import { nul, obj, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "account_holder_name",
  "account_number",
  "account_number_last4",
  "bank_name",
  "routing_number",
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
  const v1 = v.account_number;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["account_number"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["account_number"], 5000, v1);
    }
  }
  const v2 = v.account_number_last4;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["account_number_last4"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["account_number_last4"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["account_number_last4"], 5000, v2);
    }
  }
  const v3 = v.bank_name;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["bank_name"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["bank_name"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["bank_name"], 5000, v3);
    }
  }
  const v4 = v.routing_number;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["routing_number"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["routing_number"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["routing_number"], 5000, v4);
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
  const v1 = v.account_number;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.account_number_last4;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.bank_name;
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  const v4 = v.routing_number;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    account_holder_name: req(str()),
    account_number: opt(nul(str())),
    account_number_last4: req(str()),
    bank_name: req(str()),
    routing_number: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_financial_accounts_resource_aba_record",
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
  schema as TreasuryFinancialAccountsResourceAbaRecord,
  validateInput as validateTreasuryFinancialAccountsResourceAbaRecord,
  isValid as isTreasuryFinancialAccountsResourceAbaRecord,
  check as checkTreasuryFinancialAccountsResourceAbaRecord,
  test as testTreasuryFinancialAccountsResourceAbaRecord,
};
