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
  bool,
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
import {
  Application,
  checkApplication,
  testApplication,
} from "./application.js";
import {
  BankAccount,
  checkBankAccount,
  testBankAccount,
} from "./bank_account.js";
import {
  CancellationDetails,
  checkCancellationDetails,
  testCancellationDetails,
} from "./cancellation_details.js";
import { Card, checkCard, testCard } from "./card.js";
import { Customer, checkCustomer, testCustomer } from "./customer.js";
import {
  DeletedApplication,
  checkDeletedApplication,
  testDeletedApplication,
} from "./deleted_application.js";
import {
  DeletedCustomer,
  checkDeletedCustomer,
  testDeletedCustomer,
} from "./deleted_customer.js";
import { Discount, checkDiscount, testDiscount } from "./discount.js";
import { Invoice, checkInvoice, testInvoice } from "./invoice.js";
import {
  PaymentMethod,
  checkPaymentMethod,
  testPaymentMethod,
} from "./payment_method.js";
import {
  SetupIntent,
  checkSetupIntent,
  testSetupIntent,
} from "./setup_intent.js";
import { Source, checkSource, testSource } from "./source.js";
import {
  SubscriptionAutomaticTax,
  checkSubscriptionAutomaticTax,
  testSubscriptionAutomaticTax,
} from "./subscription_automatic_tax.js";
import {
  SubscriptionBillingThresholds,
  checkSubscriptionBillingThresholds,
  testSubscriptionBillingThresholds,
} from "./subscription_billing_thresholds.js";
import {
  SubscriptionItem,
  checkSubscriptionItem,
  testSubscriptionItem,
} from "./subscription_item.js";
import {
  SubscriptionPendingInvoiceItemInterval,
  checkSubscriptionPendingInvoiceItemInterval,
  testSubscriptionPendingInvoiceItemInterval,
} from "./subscription_pending_invoice_item_interval.js";
import {
  SubscriptionSchedule,
  checkSubscriptionSchedule,
  testSubscriptionSchedule,
} from "./subscription_schedule.js";
import {
  SubscriptionTransferData,
  checkSubscriptionTransferData,
  testSubscriptionTransferData,
} from "./subscription_transfer_data.js";
import {
  SubscriptionsResourcePauseCollection,
  checkSubscriptionsResourcePauseCollection,
  testSubscriptionsResourcePauseCollection,
} from "./subscriptions_resource_pause_collection.js";
import {
  SubscriptionsResourcePaymentSettings,
  checkSubscriptionsResourcePaymentSettings,
  testSubscriptionsResourcePaymentSettings,
} from "./subscriptions_resource_payment_settings.js";
import {
  SubscriptionsResourcePendingUpdate,
  checkSubscriptionsResourcePendingUpdate,
  testSubscriptionsResourcePendingUpdate,
} from "./subscriptions_resource_pending_update.js";
import {
  SubscriptionsTrialsResourceTrialSettings,
  checkSubscriptionsTrialsResourceTrialSettings,
  testSubscriptionsTrialsResourceTrialSettings,
} from "./subscriptions_trials_resource_trial_settings.js";
import { TaxRate, checkTaxRate, testTaxRate } from "./tax_rate.js";
import {
  TestHelpersTestClock,
  checkTestHelpersTestClock,
  testTestHelpersTestClock,
} from "./test_helpers.test_clock.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["application", checkApplication, "application"],
  ["deleted_application", checkDeletedApplication, "application#deleted"],
]);
const e0 = /* @__PURE__ */ set(["charge_automatically", "send_invoice"]);
const d1 = /* @__PURE__ */ branches(() => [
  ["customer", checkCustomer, "customer"],
  ["deleted_customer", checkDeletedCustomer, "customer#deleted"],
]);
const d2 = /* @__PURE__ */ branches(() => [
  ["bank_account", checkBankAccount, "bank_account"],
  ["card", checkCard, "card"],
  ["source", checkSource, "source"],
]);
const e1 = /* @__PURE__ */ set(["list"]);
const k0 = /* @__PURE__ */ set(["data", "has_more", "object", "url"]);
const e2 = /* @__PURE__ */ set(["subscription"]);
const e3 = /* @__PURE__ */ set([
  "active",
  "canceled",
  "incomplete",
  "incomplete_expired",
  "past_due",
  "paused",
  "trialing",
  "unpaid",
]);
const k2 = /* @__PURE__ */ set([
  "application",
  "application_fee_percent",
  "automatic_tax",
  "billing_cycle_anchor",
  "billing_thresholds",
  "cancel_at",
  "cancel_at_period_end",
  "canceled_at",
  "cancellation_details",
  "collection_method",
  "created",
  "currency",
  "current_period_end",
  "current_period_start",
  "customer",
  "days_until_due",
  "default_payment_method",
  "default_source",
  "default_tax_rates",
  "description",
  "discount",
  "ended_at",
  "id",
  "items",
  "latest_invoice",
  "livemode",
  "metadata",
  "next_pending_invoice_item_invoice",
  "object",
  "on_behalf_of",
  "pause_collection",
  "payment_settings",
  "pending_invoice_item_interval",
  "pending_setup_intent",
  "pending_update",
  "schedule",
  "start_date",
  "status",
  "test_clock",
  "transfer_data",
  "trial_end",
  "trial_settings",
  "trial_start",
]);
const d3 = /* @__PURE__ */ branchTests(() => [
  [testApplication, "application"],
  [testDeletedApplication, "application#deleted"],
]);
const d4 = /* @__PURE__ */ branchTests(() => [
  [testCustomer, "customer"],
  [testDeletedCustomer, "customer#deleted"],
]);
const d5 = /* @__PURE__ */ branchTests(() => [
  [testBankAccount, "bank_account"],
  [testCard, "card"],
  [testSource, "source"],
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.application;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) {
        ok = longFail(c, ["application"], 5000, v0);
      }
    } else if (isObject(v0)) {
      ok = into(c, d0, v0, ok, "application");
    } else {
      ok = wrongType(c, ["application"], "string | object", v0);
    }
  }
  const v1 = v.application_fee_percent;
  if (v1 !== undefined && v1 !== null) {
    if (!isNum(v1)) {
      ok = wrongType(c, ["application_fee_percent"], "number", v1);
    }
  }
  const v2 = v.automatic_tax;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["automatic_tax"], v2, ok);
  } else {
    ok = into(c, checkSubscriptionAutomaticTax, v2, ok, "automatic_tax");
  }
  const v3 = v.billing_cycle_anchor;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["billing_cycle_anchor"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["billing_cycle_anchor"], "integer", v3);
    }
  }
  const v4 = v.billing_thresholds;
  if (v4 !== undefined && v4 !== null) {
    ok = into(
      c,
      checkSubscriptionBillingThresholds,
      v4,
      ok,
      "billing_thresholds",
    );
  }
  const v5 = v.cancel_at;
  if (v5 !== undefined && v5 !== null) {
    if (!isInt(v5)) {
      ok = wrongType(c, ["cancel_at"], "integer", v5);
    }
  }
  const v6 = v.cancel_at_period_end;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["cancel_at_period_end"], v6, ok);
  } else {
    if (typeof v6 !== "boolean") {
      ok = wrongType(c, ["cancel_at_period_end"], "boolean", v6);
    }
  }
  const v7 = v.canceled_at;
  if (v7 !== undefined && v7 !== null) {
    if (!isInt(v7)) {
      ok = wrongType(c, ["canceled_at"], "integer", v7);
    }
  }
  const v8 = v.cancellation_details;
  if (v8 !== undefined && v8 !== null) {
    ok = into(c, checkCancellationDetails, v8, ok, "cancellation_details");
  }
  const v9 = v.collection_method;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["collection_method"], v9, ok);
  } else {
    if (!e0.has(v9)) {
      ok = notInEnum(c, ["collection_method"], e0, v9, ok);
    }
  }
  const v10 = v.created;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["created"], v10, ok);
  } else {
    if (!isInt(v10)) {
      ok = wrongType(c, ["created"], "integer", v10);
    }
  }
  const v11 = v.currency;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["currency"], v11, ok);
  } else {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["currency"], "string", v11);
    }
  }
  const v12 = v.current_period_end;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["current_period_end"], v12, ok);
  } else {
    if (!isInt(v12)) {
      ok = wrongType(c, ["current_period_end"], "integer", v12);
    }
  }
  const v13 = v.current_period_start;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["current_period_start"], v13, ok);
  } else {
    if (!isInt(v13)) {
      ok = wrongType(c, ["current_period_start"], "integer", v13);
    }
  }
  const v14 = v.customer;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["customer"], v14, ok);
  } else {
    if (typeof v14 === "string") {
      if (v14.length > 5000 && tooLong(v14, 5000)) {
        ok = longFail(c, ["customer"], 5000, v14);
      }
    } else if (isObject(v14)) {
      ok = into(c, d1, v14, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v14);
    }
  }
  const v15 = v.days_until_due;
  if (v15 !== undefined && v15 !== null) {
    if (!isInt(v15)) {
      ok = wrongType(c, ["days_until_due"], "integer", v15);
    }
  }
  const v16 = v.default_payment_method;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 === "string") {
      if (v16.length > 5000 && tooLong(v16, 5000)) {
        ok = longFail(c, ["default_payment_method"], 5000, v16);
      }
    } else if (isObject(v16)) {
      ok = into(c, checkPaymentMethod, v16, ok, "default_payment_method");
    } else {
      ok = wrongType(c, ["default_payment_method"], "string | object", v16);
    }
  }
  const v17 = v.default_source;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 === "string") {
      if (v17.length > 5000 && tooLong(v17, 5000)) {
        ok = longFail(c, ["default_source"], 5000, v17);
      }
    } else if (isObject(v17)) {
      ok = into(c, d2, v17, ok, "default_source");
    } else {
      ok = wrongType(c, ["default_source"], "string | object", v17);
    }
  }
  const v18 = v.default_tax_rates;
  if (v18 !== undefined && v18 !== null) {
    if (!isArray(v18)) {
      ok = wrongType(c, ["default_tax_rates"], "array", v18);
    } else {
      for (let i0 = 0; i0 < v18.length; i0++) {
        const v19 = v18[i0];
        ok = into(c, checkTaxRate, v19, ok, "default_tax_rates", i0);
        if (!ok && full(c)) break;
      }
    }
  }
  const v20 = v.description;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 !== "string") {
      ok = wrongType(c, ["description"], "string", v20);
    } else if (v20.length > 500 && tooLong(v20, 500)) {
      ok = longFail(c, ["description"], 500, v20);
    }
  }
  const v21 = v.discount;
  if (v21 !== undefined && v21 !== null) {
    ok = into(c, checkDiscount, v21, ok, "discount");
  }
  const v22 = v.ended_at;
  if (v22 !== undefined && v22 !== null) {
    if (!isInt(v22)) {
      ok = wrongType(c, ["ended_at"], "integer", v22);
    }
  }
  const v23 = v.id;
  if (v23 === undefined || v23 === null) {
    ok = missing(c, ["id"], v23, ok);
  } else {
    if (typeof v23 !== "string") {
      ok = wrongType(c, ["id"], "string", v23);
    } else if (v23.length > 5000 && tooLong(v23, 5000)) {
      ok = longFail(c, ["id"], 5000, v23);
    }
  }
  const v24 = v.items;
  if (v24 === undefined || v24 === null) {
    ok = missing(c, ["items"], v24, ok);
  } else {
    if (!isObject(v24)) {
      ok = wrongType(c, ["items"], "object", v24);
    } else {
      const v25 = v24.data;
      if (v25 === undefined || v25 === null) {
        ok = missing(c, ["items", "data"], v25, ok);
      } else {
        if (!isArray(v25)) {
          ok = wrongType(c, ["items", "data"], "array", v25);
        } else {
          for (let i1 = 0; i1 < v25.length; i1++) {
            const v26 = v25[i1];
            ok = into(c, checkSubscriptionItem, v26, ok, "items", "data", i1);
            if (!ok && full(c)) break;
          }
        }
      }
      const v27 = v24.has_more;
      if (v27 === undefined || v27 === null) {
        ok = missing(c, ["items", "has_more"], v27, ok);
      } else {
        if (typeof v27 !== "boolean") {
          ok = wrongType(c, ["items", "has_more"], "boolean", v27);
        }
      }
      const v28 = v24.object;
      if (v28 === undefined || v28 === null) {
        ok = missing(c, ["items", "object"], v28, ok);
      } else {
        if (!e1.has(v28)) {
          ok = notInEnum(c, ["items", "object"], e1, v28, ok);
        }
      }
      const v29 = v24.url;
      if (v29 === undefined || v29 === null) {
        ok = missing(c, ["items", "url"], v29, ok);
      } else {
        if (typeof v29 !== "string") {
          ok = wrongType(c, ["items", "url"], "string", v29);
        } else if (v29.length > 5000 && tooLong(v29, 5000)) {
          ok = longFail(c, ["items", "url"], 5000, v29);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["items"], v24, k0, ok);
      }
    }
  }
  const v30 = v.latest_invoice;
  if (v30 !== undefined && v30 !== null) {
    if (typeof v30 === "string") {
      if (v30.length > 5000 && tooLong(v30, 5000)) {
        ok = longFail(c, ["latest_invoice"], 5000, v30);
      }
    } else if (isObject(v30)) {
      ok = into(c, checkInvoice, v30, ok, "latest_invoice");
    } else {
      ok = wrongType(c, ["latest_invoice"], "string | object", v30);
    }
  }
  const v31 = v.livemode;
  if (v31 === undefined || v31 === null) {
    ok = missing(c, ["livemode"], v31, ok);
  } else {
    if (typeof v31 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v31);
    }
  }
  const v32 = v.metadata;
  if (v32 === undefined || v32 === null) {
    ok = missing(c, ["metadata"], v32, ok);
  } else {
    if (!isObject(v32)) {
      ok = wrongType(c, ["metadata"], "object", v32);
    } else {
      for (const k1 of Object.keys(v32)) {
        const v33 = entry(v32, k1);
        if (typeof v33 !== "string") {
          ok = wrongType(c, ["metadata", k1], "string", v33);
        } else if (v33.length > 500 && tooLong(v33, 500)) {
          ok = longFail(c, ["metadata", k1], 500, v33);
        }
      }
    }
  }
  const v34 = v.next_pending_invoice_item_invoice;
  if (v34 !== undefined && v34 !== null) {
    if (!isInt(v34)) {
      ok = wrongType(c, ["next_pending_invoice_item_invoice"], "integer", v34);
    }
  }
  const v35 = v.object;
  if (v35 === undefined || v35 === null) {
    ok = missing(c, ["object"], v35, ok);
  } else {
    if (!e2.has(v35)) {
      ok = notInEnum(c, ["object"], e2, v35, ok);
    }
  }
  const v36 = v.on_behalf_of;
  if (v36 !== undefined && v36 !== null) {
    if (typeof v36 === "string") {
      if (v36.length > 5000 && tooLong(v36, 5000)) {
        ok = longFail(c, ["on_behalf_of"], 5000, v36);
      }
    } else if (isObject(v36)) {
      ok = into(c, checkAccount, v36, ok, "on_behalf_of");
    } else {
      ok = wrongType(c, ["on_behalf_of"], "string | object", v36);
    }
  }
  const v37 = v.pause_collection;
  if (v37 !== undefined && v37 !== null) {
    ok = into(
      c,
      checkSubscriptionsResourcePauseCollection,
      v37,
      ok,
      "pause_collection",
    );
  }
  const v38 = v.payment_settings;
  if (v38 !== undefined && v38 !== null) {
    ok = into(
      c,
      checkSubscriptionsResourcePaymentSettings,
      v38,
      ok,
      "payment_settings",
    );
  }
  const v39 = v.pending_invoice_item_interval;
  if (v39 !== undefined && v39 !== null) {
    ok = into(
      c,
      checkSubscriptionPendingInvoiceItemInterval,
      v39,
      ok,
      "pending_invoice_item_interval",
    );
  }
  const v40 = v.pending_setup_intent;
  if (v40 !== undefined && v40 !== null) {
    if (typeof v40 === "string") {
      if (v40.length > 5000 && tooLong(v40, 5000)) {
        ok = longFail(c, ["pending_setup_intent"], 5000, v40);
      }
    } else if (isObject(v40)) {
      ok = into(c, checkSetupIntent, v40, ok, "pending_setup_intent");
    } else {
      ok = wrongType(c, ["pending_setup_intent"], "string | object", v40);
    }
  }
  const v41 = v.pending_update;
  if (v41 !== undefined && v41 !== null) {
    ok = into(
      c,
      checkSubscriptionsResourcePendingUpdate,
      v41,
      ok,
      "pending_update",
    );
  }
  const v42 = v.schedule;
  if (v42 !== undefined && v42 !== null) {
    if (typeof v42 === "string") {
      if (v42.length > 5000 && tooLong(v42, 5000)) {
        ok = longFail(c, ["schedule"], 5000, v42);
      }
    } else if (isObject(v42)) {
      ok = into(c, checkSubscriptionSchedule, v42, ok, "schedule");
    } else {
      ok = wrongType(c, ["schedule"], "string | object", v42);
    }
  }
  const v43 = v.start_date;
  if (v43 === undefined || v43 === null) {
    ok = missing(c, ["start_date"], v43, ok);
  } else {
    if (!isInt(v43)) {
      ok = wrongType(c, ["start_date"], "integer", v43);
    }
  }
  const v44 = v.status;
  if (v44 === undefined || v44 === null) {
    ok = missing(c, ["status"], v44, ok);
  } else {
    if (!e3.has(v44)) {
      ok = notInEnum(c, ["status"], e3, v44, ok);
    }
  }
  const v45 = v.test_clock;
  if (v45 !== undefined && v45 !== null) {
    if (typeof v45 === "string") {
      if (v45.length > 5000 && tooLong(v45, 5000)) {
        ok = longFail(c, ["test_clock"], 5000, v45);
      }
    } else if (isObject(v45)) {
      ok = into(c, checkTestHelpersTestClock, v45, ok, "test_clock");
    } else {
      ok = wrongType(c, ["test_clock"], "string | object", v45);
    }
  }
  const v46 = v.transfer_data;
  if (v46 !== undefined && v46 !== null) {
    ok = into(c, checkSubscriptionTransferData, v46, ok, "transfer_data");
  }
  const v47 = v.trial_end;
  if (v47 !== undefined && v47 !== null) {
    if (!isInt(v47)) {
      ok = wrongType(c, ["trial_end"], "integer", v47);
    }
  }
  const v48 = v.trial_settings;
  if (v48 !== undefined && v48 !== null) {
    ok = into(
      c,
      checkSubscriptionsTrialsResourceTrialSettings,
      v48,
      ok,
      "trial_settings",
    );
  }
  const v49 = v.trial_start;
  if (v49 !== undefined && v49 !== null) {
    if (!isInt(v49)) {
      ok = wrongType(c, ["trial_start"], "integer", v49);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k2, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.application;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) return false;
    } else if (isObject(v0)) {
      if (!d3(v0, c)) return false;
    } else {
      return false;
    }
  }
  const v1 = v.application_fee_percent;
  if (v1 !== undefined && v1 !== null) {
    if (!isNum(v1)) return false;
  }
  const v2 = v.automatic_tax;
  if (!testSubscriptionAutomaticTax(v2, c)) return false;
  const v3 = v.billing_cycle_anchor;
  if (!isInt(v3)) return false;
  const v4 = v.billing_thresholds;
  if (v4 !== undefined && v4 !== null) {
    if (!testSubscriptionBillingThresholds(v4, c)) return false;
  }
  const v5 = v.cancel_at;
  if (v5 !== undefined && v5 !== null) {
    if (!isInt(v5)) return false;
  }
  const v6 = v.cancel_at_period_end;
  if (typeof v6 !== "boolean") return false;
  const v7 = v.canceled_at;
  if (v7 !== undefined && v7 !== null) {
    if (!isInt(v7)) return false;
  }
  const v8 = v.cancellation_details;
  if (v8 !== undefined && v8 !== null) {
    if (!testCancellationDetails(v8, c)) return false;
  }
  const v9 = v.collection_method;
  if (!e0.has(v9)) return false;
  const v10 = v.created;
  if (!isInt(v10)) return false;
  const v11 = v.currency;
  if (typeof v11 !== "string") return false;
  const v12 = v.current_period_end;
  if (!isInt(v12)) return false;
  const v13 = v.current_period_start;
  if (!isInt(v13)) return false;
  const v14 = v.customer;
  if (v14 === undefined || v14 === null) return false;
  if (typeof v14 === "string") {
    if (v14.length > 5000 && tooLong(v14, 5000)) return false;
  } else if (isObject(v14)) {
    if (!d4(v14, c)) return false;
  } else {
    return false;
  }
  const v15 = v.days_until_due;
  if (v15 !== undefined && v15 !== null) {
    if (!isInt(v15)) return false;
  }
  const v16 = v.default_payment_method;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 === "string") {
      if (v16.length > 5000 && tooLong(v16, 5000)) return false;
    } else if (isObject(v16)) {
      if (!testPaymentMethod(v16, c)) return false;
    } else {
      return false;
    }
  }
  const v17 = v.default_source;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 === "string") {
      if (v17.length > 5000 && tooLong(v17, 5000)) return false;
    } else if (isObject(v17)) {
      if (!d5(v17, c)) return false;
    } else {
      return false;
    }
  }
  const v18 = v.default_tax_rates;
  if (v18 !== undefined && v18 !== null) {
    if (!isArray(v18)) return false;
    for (let i0 = 0; i0 < v18.length; i0++) {
      const v19 = v18[i0];
      if (!testTaxRate(v19, c)) return false;
    }
  }
  const v20 = v.description;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 !== "string") return false;
    if (v20.length > 500 && tooLong(v20, 500)) return false;
  }
  const v21 = v.discount;
  if (v21 !== undefined && v21 !== null) {
    if (!testDiscount(v21, c)) return false;
  }
  const v22 = v.ended_at;
  if (v22 !== undefined && v22 !== null) {
    if (!isInt(v22)) return false;
  }
  const v23 = v.id;
  if (typeof v23 !== "string") return false;
  if (v23.length > 5000 && tooLong(v23, 5000)) return false;
  const v24 = v.items;
  if (!isObject(v24)) return false;
  const v25 = v24.data;
  if (!isArray(v25)) return false;
  for (let i1 = 0; i1 < v25.length; i1++) {
    const v26 = v25[i1];
    if (!testSubscriptionItem(v26, c)) return false;
  }
  const v27 = v24.has_more;
  if (typeof v27 !== "boolean") return false;
  const v28 = v24.object;
  if (v28 !== "list") return false;
  const v29 = v24.url;
  if (typeof v29 !== "string") return false;
  if (v29.length > 5000 && tooLong(v29, 5000)) return false;
  const v30 = v.latest_invoice;
  if (v30 !== undefined && v30 !== null) {
    if (typeof v30 === "string") {
      if (v30.length > 5000 && tooLong(v30, 5000)) return false;
    } else if (isObject(v30)) {
      if (!testInvoice(v30, c)) return false;
    } else {
      return false;
    }
  }
  const v31 = v.livemode;
  if (typeof v31 !== "boolean") return false;
  const v32 = v.metadata;
  if (!isObject(v32)) return false;
  for (const k3 of Object.keys(v32)) {
    const v33 = entry(v32, k3);
    if (typeof v33 !== "string") return false;
    if (v33.length > 500 && tooLong(v33, 500)) return false;
  }
  const v34 = v.next_pending_invoice_item_invoice;
  if (v34 !== undefined && v34 !== null) {
    if (!isInt(v34)) return false;
  }
  const v35 = v.object;
  if (v35 !== "subscription") return false;
  const v36 = v.on_behalf_of;
  if (v36 !== undefined && v36 !== null) {
    if (typeof v36 === "string") {
      if (v36.length > 5000 && tooLong(v36, 5000)) return false;
    } else if (isObject(v36)) {
      if (!testAccount(v36, c)) return false;
    } else {
      return false;
    }
  }
  const v37 = v.pause_collection;
  if (v37 !== undefined && v37 !== null) {
    if (!testSubscriptionsResourcePauseCollection(v37, c)) return false;
  }
  const v38 = v.payment_settings;
  if (v38 !== undefined && v38 !== null) {
    if (!testSubscriptionsResourcePaymentSettings(v38, c)) return false;
  }
  const v39 = v.pending_invoice_item_interval;
  if (v39 !== undefined && v39 !== null) {
    if (!testSubscriptionPendingInvoiceItemInterval(v39, c)) return false;
  }
  const v40 = v.pending_setup_intent;
  if (v40 !== undefined && v40 !== null) {
    if (typeof v40 === "string") {
      if (v40.length > 5000 && tooLong(v40, 5000)) return false;
    } else if (isObject(v40)) {
      if (!testSetupIntent(v40, c)) return false;
    } else {
      return false;
    }
  }
  const v41 = v.pending_update;
  if (v41 !== undefined && v41 !== null) {
    if (!testSubscriptionsResourcePendingUpdate(v41, c)) return false;
  }
  const v42 = v.schedule;
  if (v42 !== undefined && v42 !== null) {
    if (typeof v42 === "string") {
      if (v42.length > 5000 && tooLong(v42, 5000)) return false;
    } else if (isObject(v42)) {
      if (!testSubscriptionSchedule(v42, c)) return false;
    } else {
      return false;
    }
  }
  const v43 = v.start_date;
  if (!isInt(v43)) return false;
  const v44 = v.status;
  if (!e3.has(v44)) return false;
  const v45 = v.test_clock;
  if (v45 !== undefined && v45 !== null) {
    if (typeof v45 === "string") {
      if (v45.length > 5000 && tooLong(v45, 5000)) return false;
    } else if (isObject(v45)) {
      if (!testTestHelpersTestClock(v45, c)) return false;
    } else {
      return false;
    }
  }
  const v46 = v.transfer_data;
  if (v46 !== undefined && v46 !== null) {
    if (!testSubscriptionTransferData(v46, c)) return false;
  }
  const v47 = v.trial_end;
  if (v47 !== undefined && v47 !== null) {
    if (!isInt(v47)) return false;
  }
  const v48 = v.trial_settings;
  if (v48 !== undefined && v48 !== null) {
    if (!testSubscriptionsTrialsResourceTrialSettings(v48, c)) return false;
  }
  const v49 = v.trial_start;
  if (v49 !== undefined && v49 !== null) {
    if (!isInt(v49)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    application: opt(
      nul(union(str(), ref(Application), ref(DeletedApplication))),
    ),
    application_fee_percent: opt(nul(num())),
    automatic_tax: req(ref(SubscriptionAutomaticTax)),
    billing_cycle_anchor: req(int("unix-time")),
    billing_thresholds: opt(nul(ref(SubscriptionBillingThresholds))),
    cancel_at: opt(nul(int("unix-time"))),
    cancel_at_period_end: req(bool()),
    canceled_at: opt(nul(int("unix-time"))),
    cancellation_details: opt(nul(ref(CancellationDetails))),
    collection_method: req(oneOf(e0)),
    created: req(int("unix-time")),
    currency: req(str()),
    current_period_end: req(int("unix-time")),
    current_period_start: req(int("unix-time")),
    customer: req(union(str(), ref(Customer), ref(DeletedCustomer))),
    days_until_due: opt(nul(int())),
    default_payment_method: opt(nul(union(str(), ref(PaymentMethod)))),
    default_source: opt(
      nul(union(str(), ref(BankAccount), ref(Card), ref(Source))),
    ),
    default_tax_rates: opt(nul(list(ref(TaxRate)))),
    description: opt(nul(str())),
    discount: opt(nul(ref(Discount))),
    ended_at: opt(nul(int("unix-time"))),
    id: req(str()),
    items: req(
      obj({
        data: req(list(ref(SubscriptionItem))),
        has_more: req(bool()),
        object: req(oneOf(e1)),
        url: req(str()),
      }),
    ),
    latest_invoice: opt(nul(union(str(), ref(Invoice)))),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    next_pending_invoice_item_invoice: opt(nul(int("unix-time"))),
    object: req(oneOf(e2)),
    on_behalf_of: opt(nul(union(str(), ref(Account)))),
    pause_collection: opt(nul(ref(SubscriptionsResourcePauseCollection))),
    payment_settings: opt(nul(ref(SubscriptionsResourcePaymentSettings))),
    pending_invoice_item_interval: opt(
      nul(ref(SubscriptionPendingInvoiceItemInterval)),
    ),
    pending_setup_intent: opt(nul(union(str(), ref(SetupIntent)))),
    pending_update: opt(nul(ref(SubscriptionsResourcePendingUpdate))),
    schedule: opt(nul(union(str(), ref(SubscriptionSchedule)))),
    start_date: req(int("unix-time")),
    status: req(oneOf(e3)),
    test_clock: opt(nul(union(str(), ref(TestHelpersTestClock)))),
    transfer_data: opt(nul(ref(SubscriptionTransferData))),
    trial_end: opt(nul(int("unix-time"))),
    trial_settings: opt(nul(ref(SubscriptionsTrialsResourceTrialSettings))),
    trial_start: opt(nul(int("unix-time"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "subscription",
  branch: "subscription",
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
  schema as Subscription,
  validateInput as validateSubscription,
  isValid as isSubscription,
  check as checkSubscription,
  test as testSubscription,
};
