import {
  deeper,
  enter,
  into,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TreasuryFinancialAccountsResourceClosedStatusDetails,
  checkTreasuryFinancialAccountsResourceClosedStatusDetails,
  testTreasuryFinancialAccountsResourceClosedStatusDetails,
} from "./treasury_financial_accounts_resource_closed_status_details.js";

const k0 = /* @__PURE__ */ set(["closed"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.closed;
  if (v0 !== undefined && v0 !== null) {
    ok = into(
      c,
      checkTreasuryFinancialAccountsResourceClosedStatusDetails,
      v0,
      ok,
      "closed",
    );
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.closed;
  if (v0 !== undefined && v0 !== null) {
    if (!testTreasuryFinancialAccountsResourceClosedStatusDetails(v0, c))
      return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    closed: opt(nul(ref(TreasuryFinancialAccountsResourceClosedStatusDetails))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_financial_accounts_resource_status_details",
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
  schema as TreasuryFinancialAccountsResourceStatusDetails,
  validateInput as validateTreasuryFinancialAccountsResourceStatusDetails,
  isValid as isTreasuryFinancialAccountsResourceStatusDetails,
  check as checkTreasuryFinancialAccountsResourceStatusDetails,
  test as testTreasuryFinancialAccountsResourceStatusDetails,
};
