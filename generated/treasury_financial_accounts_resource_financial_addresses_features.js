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
import { obj, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TreasuryFinancialAccountsResourceAbaToggleSettings,
  checkTreasuryFinancialAccountsResourceAbaToggleSettings,
  testTreasuryFinancialAccountsResourceAbaToggleSettings,
} from "./treasury_financial_accounts_resource_aba_toggle_settings.js";

const k0 = /* @__PURE__ */ set(["aba"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.aba;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkTreasuryFinancialAccountsResourceAbaToggleSettings,
      v0,
      ok,
      "aba",
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
  const v0 = v.aba;
  if (v0 !== undefined) {
    if (!testTreasuryFinancialAccountsResourceAbaToggleSettings(v0, c))
      return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    aba: opt(ref(TreasuryFinancialAccountsResourceAbaToggleSettings)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_financial_accounts_resource_financial_addresses_features",
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
  schema as TreasuryFinancialAccountsResourceFinancialAddressesFeatures,
  validateInput as validateTreasuryFinancialAccountsResourceFinancialAddressesFeatures,
  isValid as isTreasuryFinancialAccountsResourceFinancialAddressesFeatures,
  check as checkTreasuryFinancialAccountsResourceFinancialAddressesFeatures,
  test as testTreasuryFinancialAccountsResourceFinancialAddressesFeatures,
};
