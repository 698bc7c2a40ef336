import {
  deeper,
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
} from "./treasury_financial_accounts_resource_aba_toggle_settings.js";

const k0 = set(["aba"]);

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

function shape() {
  return obj({
    aba: opt(ref(TreasuryFinancialAccountsResourceAbaToggleSettings)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_financial_accounts_resource_financial_addresses_features",
  check,
  shape,
});

function validateInput(input, options) {
  return validate(check, input, options);
}

function isValid(input) {
  return is(check, input);
}

export {
  schema as TreasuryFinancialAccountsResourceFinancialAddressesFeatures,
  validateInput as validateTreasuryFinancialAccountsResourceFinancialAddressesFeatures,
  isValid as isTreasuryFinancialAccountsResourceFinancialAddressesFeatures,
  check as checkTreasuryFinancialAccountsResourceFinancialAddressesFeatures,
};
