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

const k0 = set(["ach"]);

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
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function shape() {
  return obj({
    ach: opt(ref(TreasuryFinancialAccountsResourceAchToggleSettings)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_financial_accounts_resource_inbound_transfers",
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
  schema as TreasuryFinancialAccountsResourceInboundTransfers,
  validateInput as validateTreasuryFinancialAccountsResourceInboundTransfers,
  isValid as isTreasuryFinancialAccountsResourceInboundTransfers,
  check as checkTreasuryFinancialAccountsResourceInboundTransfers,
};
