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
  TreasuryFinancialAccountsResourceAchToggleSettings,
  checkTreasuryFinancialAccountsResourceAchToggleSettings,
  testTreasuryFinancialAccountsResourceAchToggleSettings,
} from "./treasury_financial_accounts_resource_ach_toggle_settings.js";
import {
  TreasuryFinancialAccountsResourceToggleSettings,
  checkTreasuryFinancialAccountsResourceToggleSettings,
  testTreasuryFinancialAccountsResourceToggleSettings,
} from "./treasury_financial_accounts_resource_toggle_settings.js";

const k0 = /* @__PURE__ */ set(["ach", "us_domestic_wire"]);

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

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.ach;
  if (v0 !== undefined) {
    if (!testTreasuryFinancialAccountsResourceAchToggleSettings(v0, c))
      return false;
  }
  const v1 = v.us_domestic_wire;
  if (v1 !== undefined) {
    if (!testTreasuryFinancialAccountsResourceToggleSettings(v1, c))
      return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    ach: opt(ref(TreasuryFinancialAccountsResourceAchToggleSettings)),
    us_domestic_wire: opt(ref(TreasuryFinancialAccountsResourceToggleSettings)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_financial_accounts_resource_outbound_transfers",
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
  schema as TreasuryFinancialAccountsResourceOutboundTransfers,
  validateInput as validateTreasuryFinancialAccountsResourceOutboundTransfers,
  isValid as isTreasuryFinancialAccountsResourceOutboundTransfers,
  check as checkTreasuryFinancialAccountsResourceOutboundTransfers,
  test as testTreasuryFinancialAccountsResourceOutboundTransfers,
};
