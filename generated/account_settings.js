import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  AccountBacsDebitPaymentsSettings,
  checkAccountBacsDebitPaymentsSettings,
  testAccountBacsDebitPaymentsSettings,
} from "./account_bacs_debit_payments_settings.js";
import {
  AccountBrandingSettings,
  checkAccountBrandingSettings,
  testAccountBrandingSettings,
} from "./account_branding_settings.js";
import {
  AccountCardIssuingSettings,
  checkAccountCardIssuingSettings,
  testAccountCardIssuingSettings,
} from "./account_card_issuing_settings.js";
import {
  AccountCardPaymentsSettings,
  checkAccountCardPaymentsSettings,
  testAccountCardPaymentsSettings,
} from "./account_card_payments_settings.js";
import {
  AccountDashboardSettings,
  checkAccountDashboardSettings,
  testAccountDashboardSettings,
} from "./account_dashboard_settings.js";
import {
  AccountPaymentsSettings,
  checkAccountPaymentsSettings,
  testAccountPaymentsSettings,
} from "./account_payments_settings.js";
import {
  AccountPayoutSettings,
  checkAccountPayoutSettings,
  testAccountPayoutSettings,
} from "./account_payout_settings.js";
import {
  AccountSepaDebitPaymentsSettings,
  checkAccountSepaDebitPaymentsSettings,
  testAccountSepaDebitPaymentsSettings,
} from "./account_sepa_debit_payments_settings.js";
import {
  AccountTreasurySettings,
  checkAccountTreasurySettings,
  testAccountTreasurySettings,
} from "./account_treasury_settings.js";

const k0 = /* @__PURE__ */ set([
  "bacs_debit_payments",
  "branding",
  "card_issuing",
  "card_payments",
  "dashboard",
  "payments",
  "payouts",
  "sepa_debit_payments",
  "treasury",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.bacs_debit_payments;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkAccountBacsDebitPaymentsSettings,
      v0,
      ok,
      "bacs_debit_payments",
    );
  }
  const v1 = v.branding;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["branding"], v1, ok);
  } else {
    ok = into(c, checkAccountBrandingSettings, v1, ok, "branding");
  }
  const v2 = v.card_issuing;
  if (v2 !== undefined) {
    ok = into(c, checkAccountCardIssuingSettings, v2, ok, "card_issuing");
  }
  const v3 = v.card_payments;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["card_payments"], v3, ok);
  } else {
    ok = into(c, checkAccountCardPaymentsSettings, v3, ok, "card_payments");
  }
  const v4 = v.dashboard;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["dashboard"], v4, ok);
  } else {
    ok = into(c, checkAccountDashboardSettings, v4, ok, "dashboard");
  }
  const v5 = v.payments;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["payments"], v5, ok);
  } else {
    ok = into(c, checkAccountPaymentsSettings, v5, ok, "payments");
  }
  const v6 = v.payouts;
  if (v6 !== undefined) {
    ok = into(c, checkAccountPayoutSettings, v6, ok, "payouts");
  }
  const v7 = v.sepa_debit_payments;
  if (v7 !== undefined) {
    ok = into(
      c,
      checkAccountSepaDebitPaymentsSettings,
      v7,
      ok,
      "sepa_debit_payments",
    );
  }
  const v8 = v.treasury;
  if (v8 !== undefined) {
    ok = into(c, checkAccountTreasurySettings, v8, ok, "treasury");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.bacs_debit_payments;
  if (v0 !== undefined) {
    if (!testAccountBacsDebitPaymentsSettings(v0, c)) return false;
  }
  const v1 = v.branding;
  if (!testAccountBrandingSettings(v1, c)) return false;
  const v2 = v.card_issuing;
  if (v2 !== undefined) {
    if (!testAccountCardIssuingSettings(v2, c)) return false;
  }
  const v3 = v.card_payments;
  if (!testAccountCardPaymentsSettings(v3, c)) return false;
  const v4 = v.dashboard;
  if (!testAccountDashboardSettings(v4, c)) return false;
  const v5 = v.payments;
  if (!testAccountPaymentsSettings(v5, c)) return false;
  const v6 = v.payouts;
  if (v6 !== undefined) {
    if (!testAccountPayoutSettings(v6, c)) return false;
  }
  const v7 = v.sepa_debit_payments;
  if (v7 !== undefined) {
    if (!testAccountSepaDebitPaymentsSettings(v7, c)) return false;
  }
  const v8 = v.treasury;
  if (v8 !== undefined) {
    if (!testAccountTreasurySettings(v8, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    bacs_debit_payments: opt(ref(AccountBacsDebitPaymentsSettings)),
    branding: req(ref(AccountBrandingSettings)),
    card_issuing: opt(ref(AccountCardIssuingSettings)),
    card_payments: req(ref(AccountCardPaymentsSettings)),
    dashboard: req(ref(AccountDashboardSettings)),
    payments: req(ref(AccountPaymentsSettings)),
    payouts: opt(ref(AccountPayoutSettings)),
    sepa_debit_payments: opt(ref(AccountSepaDebitPaymentsSettings)),
    treasury: opt(ref(AccountTreasurySettings)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "account_settings",
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
  schema as AccountSettings,
  validateInput as validateAccountSettings,
  isValid as isAccountSettings,
  check as checkAccountSettings,
  test as testAccountSettings,
};
