import {
  deeper,
  enter,
  into,
  isNum,
  isObject,
  longFail,
  missing,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import {
  nul,
  num,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Account, checkAccount, testAccount } from "./account.js";
import {
  InvoiceSettingSubscriptionScheduleSetting,
  checkInvoiceSettingSubscriptionScheduleSetting,
  testInvoiceSettingSubscriptionScheduleSetting,
} from "./invoice_setting_subscription_schedule_setting.js";
import {
  PaymentMethod,
  checkPaymentMethod,
  testPaymentMethod,
} from "./payment_method.js";
import {
  SubscriptionBillingThresholds,
  checkSubscriptionBillingThresholds,
  testSubscriptionBillingThresholds,
} from "./subscription_billing_thresholds.js";
import {
  SubscriptionSchedulesResourceDefaultSettingsAutomaticTax,
  checkSubscriptionSchedulesResourceDefaultSettingsAutomaticTax,
  testSubscriptionSchedulesResourceDefaultSettingsAutomaticTax,
} from "./subscription_schedules_resource_default_settings_automatic_tax.js";
import {
  SubscriptionTransferData,
  checkSubscriptionTransferData,
  testSubscriptionTransferData,
} from "./subscription_transfer_data.js";

const e0 = /* @__PURE__ */ set(["automatic", "phase_start"]);
const e1 = /* @__PURE__ */ set(["charge_automatically", "send_invoice"]);
const k0 = /* @__PURE__ */ set([
  "application_fee_percent",
  "automatic_tax",
  "billing_cycle_anchor",
  "billing_thresholds",
  "collection_method",
  "default_payment_method",
  "description",
  "invoice_settings",
  "on_behalf_of",
  "transfer_data",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.application_fee_percent;
  if (v0 !== undefined && v0 !== null) {
    if (!isNum(v0)) {
      ok = wrongType(c, ["application_fee_percent"], "number", v0);
    }
  }
  const v1 = v.automatic_tax;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkSubscriptionSchedulesResourceDefaultSettingsAutomaticTax,
      v1,
      ok,
      "automatic_tax",
    );
  }
  const v2 = v.billing_cycle_anchor;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["billing_cycle_anchor"], v2, ok);
  } else {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["billing_cycle_anchor"], e0, v2, ok);
    }
  }
  const v3 = v.billing_thresholds;
  if (v3 !== undefined && v3 !== null) {
    ok = into(
      c,
      checkSubscriptionBillingThresholds,
      v3,
      ok,
      "billing_thresholds",
    );
  }
  const v4 = v.collection_method;
  if (v4 !== undefined && v4 !== null) {
    if (!e1.has(v4)) {
      ok = notInEnum(c, ["collection_method"], e1, v4, ok);
    }
  }
  const v5 = v.default_payment_method;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 === "string") {
      if (v5.length > 5000 && tooLong(v5, 5000)) {
        ok = longFail(c, ["default_payment_method"], 5000, v5);
      }
    } else if (isObject(v5)) {
      ok = into(c, checkPaymentMethod, v5, ok, "default_payment_method");
    } else {
      ok = wrongType(c, ["default_payment_method"], "string | object", v5);
    }
  }
  const v6 = v.description;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["description"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["description"], 5000, v6);
    }
  }
  const v7 = v.invoice_settings;
  if (v7 !== undefined && v7 !== null) {
    ok = into(
      c,
      checkInvoiceSettingSubscriptionScheduleSetting,
      v7,
      ok,
      "invoice_settings",
    );
  }
  const v8 = v.on_behalf_of;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 === "string") {
      if (v8.length > 5000 && tooLong(v8, 5000)) {
        ok = longFail(c, ["on_behalf_of"], 5000, v8);
      }
    } else if (isObject(v8)) {
      ok = into(c, checkAccount, v8, ok, "on_behalf_of");
    } else {
      ok = wrongType(c, ["on_behalf_of"], "string | object", v8);
    }
  }
  const v9 = v.transfer_data;
  if (v9 !== undefined && v9 !== null) {
    ok = into(c, checkSubscriptionTransferData, v9, ok, "transfer_data");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.application_fee_percent;
  if (v0 !== undefined && v0 !== null) {
    if (!isNum(v0)) return false;
  }
  const v1 = v.automatic_tax;
  if (v1 !== undefined) {
    if (!testSubscriptionSchedulesResourceDefaultSettingsAutomaticTax(v1, c))
      return false;
  }
  const v2 = v.billing_cycle_anchor;
  if (!e0.has(v2)) return false;
  const v3 = v.billing_thresholds;
  if (v3 !== undefined && v3 !== null) {
    if (!testSubscriptionBillingThresholds(v3, c)) return false;
  }
  const v4 = v.collection_method;
  if (v4 !== undefined && v4 !== null) {
    if (!e1.has(v4)) return false;
  }
  const v5 = v.default_payment_method;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 === "string") {
      if (v5.length > 5000 && tooLong(v5, 5000)) return false;
    } else if (isObject(v5)) {
      if (!testPaymentMethod(v5, c)) return false;
    } else {
      return false;
    }
  }
  const v6 = v.description;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.invoice_settings;
  if (v7 !== undefined && v7 !== null) {
    if (!testInvoiceSettingSubscriptionScheduleSetting(v7, c)) return false;
  }
  const v8 = v.on_behalf_of;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 === "string") {
      if (v8.length > 5000 && tooLong(v8, 5000)) return false;
    } else if (isObject(v8)) {
      if (!testAccount(v8, c)) return false;
    } else {
      return false;
    }
  }
  const v9 = v.transfer_data;
  if (v9 !== undefined && v9 !== null) {
    if (!testSubscriptionTransferData(v9, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    application_fee_percent: opt(nul(num())),
    automatic_tax: opt(
      ref(SubscriptionSchedulesResourceDefaultSettingsAutomaticTax),
    ),
    billing_cycle_anchor: req(oneOf(e0)),
    billing_thresholds: opt(nul(ref(SubscriptionBillingThresholds))),
    collection_method: opt(nul(oneOf(e1))),
    default_payment_method: opt(nul(union(str(), ref(PaymentMethod)))),
    description: opt(nul(str())),
    invoice_settings: opt(nul(ref(InvoiceSettingSubscriptionScheduleSetting))),
    on_behalf_of: opt(nul(union(str(), ref(Account)))),
    transfer_data: opt(nul(ref(SubscriptionTransferData))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "subscription_schedules_resource_default_settings",
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
  schema as SubscriptionSchedulesResourceDefaultSettings,
  validateInput as validateSubscriptionSchedulesResourceDefaultSettings,
  isValid as isSubscriptionSchedulesResourceDefaultSettings,
  check as checkSubscriptionSchedulesResourceDefaultSettings,
  test as testSubscriptionSchedulesResourceDefaultSettings,
};
