import {
  branchTests,
  branches,
  deeper,
  enter,
  entry,
  full,
  into,
  isArray,
  isInt,
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
  int,
  list,
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
import { Coupon, checkCoupon, testCoupon } from "./coupon.js";
import {
  DeletedCoupon,
  checkDeletedCoupon,
  testDeletedCoupon,
} from "./deleted_coupon.js";
import {
  InvoiceSettingSubscriptionSchedulePhaseSetting,
  checkInvoiceSettingSubscriptionSchedulePhaseSetting,
  testInvoiceSettingSubscriptionSchedulePhaseSetting,
} from "./invoice_setting_subscription_schedule_phase_setting.js";
import {
  PaymentMethod,
  checkPaymentMethod,
  testPaymentMethod,
} from "./payment_method.js";
import {
  SchedulesPhaseAutomaticTax,
  checkSchedulesPhaseAutomaticTax,
  testSchedulesPhaseAutomaticTax,
} from "./schedules_phase_automatic_tax.js";
import {
  SubscriptionBillingThresholds,
  checkSubscriptionBillingThresholds,
  testSubscriptionBillingThresholds,
} from "./subscription_billing_thresholds.js";
import {
  SubscriptionScheduleAddInvoiceItem,
  checkSubscriptionScheduleAddInvoiceItem,
  testSubscriptionScheduleAddInvoiceItem,
} from "./subscription_schedule_add_invoice_item.js";
import {
  SubscriptionScheduleConfigurationItem,
  checkSubscriptionScheduleConfigurationItem,
  testSubscriptionScheduleConfigurationItem,
} from "./subscription_schedule_configuration_item.js";
import {
  SubscriptionTransferData,
  checkSubscriptionTransferData,
  testSubscriptionTransferData,
} from "./subscription_transfer_data.js";
import { TaxRate, checkTaxRate, testTaxRate } from "./tax_rate.js";

const e0 = /* @__PURE__ */ set(["automatic", "phase_start"]);
const e1 = /* @__PURE__ */ set(["charge_automatically", "send_invoice"]);
const d0 = /* @__PURE__ */ branches(() => [
  ["coupon", checkCoupon, "coupon"],
  ["deleted_coupon", checkDeletedCoupon, "coupon#deleted"],
]);
const e2 = /* @__PURE__ */ set(["always_invoice", "create_prorations", "none"]);
const k1 = /* @__PURE__ */ set([
  "add_invoice_items",
  "application_fee_percent",
  "automatic_tax",
  "billing_cycle_anchor",
  "billing_thresholds",
  "collection_method",
  "coupon",
  "currency",
  "default_payment_method",
  "default_tax_rates",
  "description",
  "end_date",
  "invoice_settings",
  "items",
  "metadata",
  "on_behalf_of",
  "proration_behavior",
  "start_date",
  "transfer_data",
  "trial_end",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testCoupon, "coupon"],
  [testDeletedCoupon, "coupon#deleted"],
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.add_invoice_items;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["add_invoice_items"], v0, ok);
  } else {
    if (!isArray(v0)) {
      ok = wrongType(c, ["add_invoice_items"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        ok = into(
          c,
          checkSubscriptionScheduleAddInvoiceItem,
          v1,
          ok,
          "add_invoice_items",
          i0,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.application_fee_percent;
  if (v2 !== undefined && v2 !== null) {
    if (!isNum(v2)) {
      ok = wrongType(c, ["application_fee_percent"], "number", v2);
    }
  }
  const v3 = v.automatic_tax;
  if (v3 !== undefined) {
    ok = into(c, checkSchedulesPhaseAutomaticTax, v3, ok, "automatic_tax");
  }
  const v4 = v.billing_cycle_anchor;
  if (v4 !== undefined && v4 !== null) {
    if (!e0.has(v4)) {
      ok = notInEnum(c, ["billing_cycle_anchor"], e0, v4, ok);
    }
  }
  const v5 = v.billing_thresholds;
  if (v5 !== undefined && v5 !== null) {
    ok = into(
      c,
      checkSubscriptionBillingThresholds,
      v5,
      ok,
      "billing_thresholds",
    );
  }
  const v6 = v.collection_method;
  if (v6 !== undefined && v6 !== null) {
    if (!e1.has(v6)) {
      ok = notInEnum(c, ["collection_method"], e1, v6, ok);
    }
  }
  const v7 = v.coupon;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 === "string") {
      if (v7.length > 5000 && tooLong(v7, 5000)) {
        ok = longFail(c, ["coupon"], 5000, v7);
      }
    } else if (isObject(v7)) {
      ok = into(c, d0, v7, ok, "coupon");
    } else {
      ok = wrongType(c, ["coupon"], "string | object", v7);
    }
  }
  const v8 = v.currency;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["currency"], v8, ok);
  } else {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["currency"], "string", v8);
    }
  }
  const v9 = v.default_payment_method;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 === "string") {
      if (v9.length > 5000 && tooLong(v9, 5000)) {
        ok = longFail(c, ["default_payment_method"], 5000, v9);
      }
    } else if (isObject(v9)) {
      ok = into(c, checkPaymentMethod, v9, ok, "default_payment_method");
    } else {
      ok = wrongType(c, ["default_payment_method"], "string | object", v9);
    }
  }
  const v10 = v.default_tax_rates;
  if (v10 !== undefined && v10 !== null) {
    if (!isArray(v10)) {
      ok = wrongType(c, ["default_tax_rates"], "array", v10);
    } else {
      for (let i1 = 0; i1 < v10.length; i1++) {
        const v11 = v10[i1];
        ok = into(c, checkTaxRate, v11, ok, "default_tax_rates", i1);
        if (!ok && full(c)) break;
      }
    }
  }
  const v12 = v.description;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["description"], "string", v12);
    } else if (v12.length > 5000 && tooLong(v12, 5000)) {
      ok = longFail(c, ["description"], 5000, v12);
    }
  }
  const v13 = v.end_date;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["end_date"], v13, ok);
  } else {
    if (!isInt(v13)) {
      ok = wrongType(c, ["end_date"], "integer", v13);
    }
  }
  const v14 = v.invoice_settings;
  if (v14 !== undefined && v14 !== null) {
    ok = into(
      c,
      checkInvoiceSettingSubscriptionSchedulePhaseSetting,
      v14,
      ok,
      "invoice_settings",
    );
  }
  const v15 = v.items;
  if (v15 === undefined || v15 === null) {
    ok = missing(c, ["items"], v15, ok);
  } else {
    if (!isArray(v15)) {
      ok = wrongType(c, ["items"], "array", v15);
    } else {
      for (let i2 = 0; i2 < v15.length; i2++) {
        const v16 = v15[i2];
        ok = into(
          c,
          checkSubscriptionScheduleConfigurationItem,
          v16,
          ok,
          "items",
          i2,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v17 = v.metadata;
  if (v17 !== undefined && v17 !== null) {
    if (!isObject(v17)) {
      ok = wrongType(c, ["metadata"], "object", v17);
    } else {
      for (const k0 of Object.keys(v17)) {
        const v18 = entry(v17, k0);
        if (typeof v18 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v18);
        } else if (v18.length > 500 && tooLong(v18, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v18);
        }
      }
    }
  }
  const v19 = v.on_behalf_of;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 === "string") {
      if (v19.length > 5000 && tooLong(v19, 5000)) {
        ok = longFail(c, ["on_behalf_of"], 5000, v19);
      }
    } else if (isObject(v19)) {
      ok = into(c, checkAccount, v19, ok, "on_behalf_of");
    } else {
      ok = wrongType(c, ["on_behalf_of"], "string | object", v19);
    }
  }
  const v20 = v.proration_behavior;
  if (v20 === undefined || v20 === null) {
    ok = missing(c, ["proration_behavior"], v20, ok);
  } else {
    if (!e2.has(v20)) {
      ok = notInEnum(c, ["proration_behavior"], e2, v20, ok);
    }
  }
  const v21 = v.start_date;
  if (v21 === undefined || v21 === null) {
    ok = missing(c, ["start_date"], v21, ok);
  } else {
    if (!isInt(v21)) {
      ok = wrongType(c, ["start_date"], "integer", v21);
    }
  }
  const v22 = v.transfer_data;
  if (v22 !== undefined && v22 !== null) {
    ok = into(c, checkSubscriptionTransferData, v22, ok, "transfer_data");
  }
  const v23 = v.trial_end;
  if (v23 !== undefined && v23 !== null) {
    if (!isInt(v23)) {
      ok = wrongType(c, ["trial_end"], "integer", v23);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.add_invoice_items;
  if (!isArray(v0)) return false;
  for (let i0 = 0; i0 < v0.length; i0++) {
    const v1 = v0[i0];
    if (!testSubscriptionScheduleAddInvoiceItem(v1, c)) return false;
  }
  const v2 = v.application_fee_percent;
  if (v2 !== undefined && v2 !== null) {
    if (!isNum(v2)) return false;
  }
  const v3 = v.automatic_tax;
  if (v3 !== undefined) {
    if (!testSchedulesPhaseAutomaticTax(v3, c)) return false;
  }
  const v4 = v.billing_cycle_anchor;
  if (v4 !== undefined && v4 !== null) {
    if (!e0.has(v4)) return false;
  }
  const v5 = v.billing_thresholds;
  if (v5 !== undefined && v5 !== null) {
    if (!testSubscriptionBillingThresholds(v5, c)) return false;
  }
  const v6 = v.collection_method;
  if (v6 !== undefined && v6 !== null) {
    if (!e1.has(v6)) return false;
  }
  const v7 = v.coupon;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 === "string") {
      if (v7.length > 5000 && tooLong(v7, 5000)) return false;
    } else if (isObject(v7)) {
      if (!d1(v7, c)) return false;
    } else {
      return false;
    }
  }
  const v8 = v.currency;
  if (typeof v8 !== "string") return false;
  const v9 = v.default_payment_method;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 === "string") {
      if (v9.length > 5000 && tooLong(v9, 5000)) return false;
    } else if (isObject(v9)) {
      if (!testPaymentMethod(v9, c)) return false;
    } else {
      return false;
    }
  }
  const v10 = v.default_tax_rates;
  if (v10 !== undefined && v10 !== null) {
    if (!isArray(v10)) return false;
    for (let i1 = 0; i1 < v10.length; i1++) {
      const v11 = v10[i1];
      if (!testTaxRate(v11, c)) return false;
    }
  }
  const v12 = v.description;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") return false;
    if (v12.length > 5000 && tooLong(v12, 5000)) return false;
  }
  const v13 = v.end_date;
  if (!isInt(v13)) return false;
  const v14 = v.invoice_settings;
  if (v14 !== undefined && v14 !== null) {
    if (!testInvoiceSettingSubscriptionSchedulePhaseSetting(v14, c))
      return false;
  }
  const v15 = v.items;
  if (!isArray(v15)) return false;
  for (let i2 = 0; i2 < v15.length; i2++) {
    const v16 = v15[i2];
    if (!testSubscriptionScheduleConfigurationItem(v16, c)) return false;
  }
  const v17 = v.metadata;
  if (v17 !== undefined && v17 !== null) {
    if (!isObject(v17)) return false;
    for (const k2 of Object.keys(v17)) {
      const v18 = entry(v17, k2);
      if (typeof v18 !== "string") return false;
      if (v18.length > 500 && tooLong(v18, 500)) return false;
    }
  }
  const v19 = v.on_behalf_of;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 === "string") {
      if (v19.length > 5000 && tooLong(v19, 5000)) return false;
    } else if (isObject(v19)) {
      if (!testAccount(v19, c)) return false;
    } else {
      return false;
    }
  }
  const v20 = v.proration_behavior;
  if (!e2.has(v20)) return false;
  const v21 = v.start_date;
  if (!isInt(v21)) return false;
  const v22 = v.transfer_data;
  if (v22 !== undefined && v22 !== null) {
    if (!testSubscriptionTransferData(v22, c)) return false;
  }
  const v23 = v.trial_end;
  if (v23 !== undefined && v23 !== null) {
    if (!isInt(v23)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    add_invoice_items: req(list(ref(SubscriptionScheduleAddInvoiceItem))),
    application_fee_percent: opt(nul(num())),
    automatic_tax: opt(ref(SchedulesPhaseAutomaticTax)),
    billing_cycle_anchor: opt(nul(oneOf(e0))),
    billing_thresholds: opt(nul(ref(SubscriptionBillingThresholds))),
    collection_method: opt(nul(oneOf(e1))),
    coupon: opt(nul(union(str(), ref(Coupon), ref(DeletedCoupon)))),
    currency: req(str()),
    default_payment_method: opt(nul(union(str(), ref(PaymentMethod)))),
    default_tax_rates: opt(nul(list(ref(TaxRate)))),
    description: opt(nul(str())),
    end_date: req(int("unix-time")),
    invoice_settings: opt(
      nul(ref(InvoiceSettingSubscriptionSchedulePhaseSetting)),
    ),
    items: req(list(ref(SubscriptionScheduleConfigurationItem))),
    metadata: opt(nul(obj({}, str()))),
    on_behalf_of: opt(nul(union(str(), ref(Account)))),
    proration_behavior: req(oneOf(e2)),
    start_date: req(int("unix-time")),
    transfer_data: opt(nul(ref(SubscriptionTransferData))),
    trial_end: opt(nul(int("unix-time"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "subscription_schedule_phase_configuration",
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
  schema as SubscriptionSchedulePhaseConfiguration,
  validateInput as validateSubscriptionSchedulePhaseConfiguration,
  isValid as isSubscriptionSchedulePhaseConfiguration,
  check as checkSubscriptionSchedulePhaseConfiguration,
  test as testSubscriptionSchedulePhaseConfiguration,
};
