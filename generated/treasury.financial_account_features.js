import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TreasuryFinancialAccountsResourceFinancialAddressesFeatures,
  checkTreasuryFinancialAccountsResourceFinancialAddressesFeatures,
  testTreasuryFinancialAccountsResourceFinancialAddressesFeatures,
} from "./treasury_financial_accounts_resource_financial_addresses_features.js";
import {
  TreasuryFinancialAccountsResourceInboundTransfers,
  checkTreasuryFinancialAccountsResourceInboundTransfers,
  testTreasuryFinancialAccountsResourceInboundTransfers,
} from "./treasury_financial_accounts_resource_inbound_transfers.js";
import {
  TreasuryFinancialAccountsResourceOutboundPayments,
  checkTreasuryFinancialAccountsResourceOutboundPayments,
  testTreasuryFinancialAccountsResourceOutboundPayments,
} from "./treasury_financial_accounts_resource_outbound_payments.js";
import {
  TreasuryFinancialAccountsResourceOutboundTransfers,
  checkTreasuryFinancialAccountsResourceOutboundTransfers,
  testTreasuryFinancialAccountsResourceOutboundTransfers,
} from "./treasury_financial_accounts_resource_outbound_transfers.js";
import {
  TreasuryFinancialAccountsResourceToggleSettings,
  checkTreasuryFinancialAccountsResourceToggleSettings,
  testTreasuryFinancialAccountsResourceToggleSettings,
} from "./treasury_financial_accounts_resource_toggle_settings.js";

const e0 = /* @__PURE__ */ set(["treasury.financial_account_features"]);
const k0 = /* @__PURE__ */ set([
  "card_issuing",
  "deposit_insurance",
  "financial_addresses",
  "inbound_transfers",
  "intra_stripe_flows",
  "object",
  "outbound_payments",
  "outbound_transfers",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.card_issuing;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkTreasuryFinancialAccountsResourceToggleSettings,
      v0,
      ok,
      "card_issuing",
    );
  }
  const v1 = v.deposit_insurance;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkTreasuryFinancialAccountsResourceToggleSettings,
      v1,
      ok,
      "deposit_insurance",
    );
  }
  const v2 = v.financial_addresses;
  if (v2 !== undefined) {
    ok = into(
      c,
      checkTreasuryFinancialAccountsResourceFinancialAddressesFeatures,
      v2,
      ok,
      "financial_addresses",
    );
  }
  const v3 = v.inbound_transfers;
  if (v3 !== undefined) {
    ok = into(
      c,
      checkTreasuryFinancialAccountsResourceInboundTransfers,
      v3,
      ok,
      "inbound_transfers",
    );
  }
  const v4 = v.intra_stripe_flows;
  if (v4 !== undefined) {
    ok = into(
      c,
      checkTreasuryFinancialAccountsResourceToggleSettings,
      v4,
      ok,
      "intra_stripe_flows",
    );
  }
  const v5 = v.object;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["object"], v5, ok);
  } else {
    if (!e0.has(v5)) {
      ok = notInEnum(c, ["object"], e0, v5, ok);
    }
  }
  const v6 = v.outbound_payments;
  if (v6 !== undefined) {
    ok = into(
      c,
      checkTreasuryFinancialAccountsResourceOutboundPayments,
      v6,
      ok,
      "outbound_payments",
    );
  }
  const v7 = v.outbound_transfers;
  if (v7 !== undefined) {
    ok = into(
      c,
      checkTreasuryFinancialAccountsResourceOutboundTransfers,
      v7,
      ok,
      "outbound_transfers",
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
  const v0 = v.card_issuing;
  if (v0 !== undefined) {
    if (!testTreasuryFinancialAccountsResourceToggleSettings(v0, c))
      return false;
  }
  const v1 = v.deposit_insurance;
  if (v1 !== undefined) {
    if (!testTreasuryFinancialAccountsResourceToggleSettings(v1, c))
      return false;
  }
  const v2 = v.financial_addresses;
  if (v2 !== undefined) {
    if (!testTreasuryFinancialAccountsResourceFinancialAddressesFeatures(v2, c))
      return false;
  }
  const v3 = v.inbound_transfers;
  if (v3 !== undefined) {
    if (!testTreasuryFinancialAccountsResourceInboundTransfers(v3, c))
      return false;
  }
  const v4 = v.intra_stripe_flows;
  if (v4 !== undefined) {
    if (!testTreasuryFinancialAccountsResourceToggleSettings(v4, c))
      return false;
  }
  const v5 = v.object;
  if (v5 !== "treasury.financial_account_features") return false;
  const v6 = v.outbound_payments;
  if (v6 !== undefined) {
    if (!testTreasuryFinancialAccountsResourceOutboundPayments(v6, c))
      return false;
  }
  const v7 = v.outbound_transfers;
  if (v7 !== undefined) {
    if (!testTreasuryFinancialAccountsResourceOutboundTransfers(v7, c))
      return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    card_issuing: opt(ref(TreasuryFinancialAccountsResourceToggleSettings)),
    deposit_insurance: opt(
      ref(TreasuryFinancialAccountsResourceToggleSettings),
    ),
    financial_addresses: opt(
      ref(TreasuryFinancialAccountsResourceFinancialAddressesFeatures),
    ),
    inbound_transfers: opt(
      ref(TreasuryFinancialAccountsResourceInboundTransfers),
    ),
    intra_stripe_flows: opt(
      ref(TreasuryFinancialAccountsResourceToggleSettings),
    ),
    object: req(oneOf(e0)),
    outbound_payments: opt(
      ref(TreasuryFinancialAccountsResourceOutboundPayments),
    ),
    outbound_transfers: opt(
      ref(TreasuryFinancialAccountsResourceOutboundTransfers),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury.financial_account_features",
  branch: "treasury.financial_account_features",
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
  schema as TreasuryFinancialAccountFeatures,
  validateInput as validateTreasuryFinancialAccountFeatures,
  isValid as isTreasuryFinancialAccountFeatures,
  check as checkTreasuryFinancialAccountFeatures,
  test as testTreasuryFinancialAccountFeatures,
};
