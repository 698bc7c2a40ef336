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
  TreasuryFinancialAccountsResourceAchToggleSettings,
  checkTreasuryFinancialAccountsResourceAchToggleSettings,
} from "./treasury_financial_accounts_resource_ach_toggle_settings.js";
import {
  TreasuryFinancialAccountsResourceToggleSettings,
  checkTreasuryFinancialAccountsResourceToggleSettings,
} from "./treasury_financial_accounts_resource_toggle_settings.js";

const k0 = set(["ach", "us_domestic_wire"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.ach;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkTreasuryFinancialAccountsResourceAchToggleSettings,
      v0,
      ok,
      "ach",
    );
  }
  const v1 = v.us_domestic_wire;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkTreasuryFinancialAccountsResourceToggleSettings,
      v1,
      ok,
      "us_domestic_wire",
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
    ach: opt(ref(TreasuryFinancialAccountsResourceAchToggleSettings)),
    us_domestic_wire: opt(ref(TreasuryFinancialAccountsResourceToggleSettings)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_financial_accounts_resource_outbound_payments",
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
  schema as TreasuryFinancialAccountsResourceOutboundPayments,
  validateInput as validateTreasuryFinancialAccountsResourceOutboundPayments,
  isValid as isTreasuryFinancialAccountsResourceOutboundPayments,
  check as checkTreasuryFinancialAccountsResourceOutboundPayments,
};
