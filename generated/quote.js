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
import {
  DeletedInvoice,
  checkDeletedInvoice,
  testDeletedInvoice,
} from "./deleted_invoice.js";
import { Discount, checkDiscount, testDiscount } from "./discount.js";
import { Invoice, checkInvoice, testInvoice } from "./invoice.js";
import {
  InvoiceSettingQuoteSetting,
  checkInvoiceSettingQuoteSetting,
  testInvoiceSettingQuoteSetting,
} from "./invoice_setting_quote_setting.js";
import { Item, checkItem, testItem } from "./item.js";
import {
  QuotesResourceAutomaticTax,
  checkQuotesResourceAutomaticTax,
  testQuotesResourceAutomaticTax,
} from "./quotes_resource_automatic_tax.js";
import {
  QuotesResourceComputed,
  checkQuotesResourceComputed,
  testQuotesResourceComputed,
} from "./quotes_resource_computed.js";
import {
  QuotesResourceFromQuote,
  checkQuotesResourceFromQuote,
  testQuotesResourceFromQuote,
} from "./quotes_resource_from_quote.js";
import {
  QuotesResourceStatusTransitions,
  checkQuotesResourceStatusTransitions,
  testQuotesResourceStatusTransitions,
} from "./quotes_resource_status_transitions.js";
import {
  QuotesResourceSubscriptionDataSubscriptionData,
  checkQuotesResourceSubscriptionDataSubscriptionData,
  testQuotesResourceSubscriptionDataSubscriptionData,
} from "./quotes_resource_subscription_data_subscription_data.js";
import {
  QuotesResourceTotalDetails,
  checkQuotesResourceTotalDetails,
  testQuotesResourceTotalDetails,
} from "./quotes_resource_total_details.js";
import {
  QuotesResourceTransferData,
  checkQuotesResourceTransferData,
  testQuotesResourceTransferData,
} from "./quotes_resource_transfer_data.js";
import {
  Subscription,
  checkSubscription,
  testSubscription,
} from "./subscription.js";
import {
  SubscriptionSchedule,
  checkSubscriptionSchedule,
  testSubscriptionSchedule,
} from "./subscription_schedule.js";
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
  ["invoice", checkInvoice, "invoice"],
  ["deleted_invoice", checkDeletedInvoice, "invoice#deleted"],
]);
const e1 = /* @__PURE__ */ set(["list"]);
const k0 = /* @__PURE__ */ set(["data", "has_more", "object", "url"]);
const e2 = /* @__PURE__ */ set(["quote"]);
const k2 = /* @__PURE__ */ set([
  "amount_subtotal",
  "amount_total",
  "application",
  "application_fee_amount",
  "application_fee_percent",
  "automatic_tax",
  "collection_method",
  "computed",
  "created",
  "currency",
  "customer",
  "default_tax_rates",
  "description",
  "discounts",
  "expires_at",
  "footer",
  "from_quote",
  "header",
  "id",
  "invoice",
  "invoice_settings",
  "line_items",
  "livemode",
  "metadata",
  "number",
  "object",
  "on_behalf_of",
  "status",
  "status_transitions",
  "subscription",
  "subscription_data",
  "subscription_schedule",
  "test_clock",
  "total_details",
  "transfer_data",
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
  [testInvoice, "invoice"],
  [testDeletedInvoice, "invoice#deleted"],
]);
const e3 = /* @__PURE__ */ set(["accepted", "canceled", "draft", "open"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount_subtotal;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["amount_subtotal"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount_subtotal"], "integer", v0);
    }
  }
  const v1 = v.amount_total;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["amount_total"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["amount_total"], "integer", v1);
    }
  }
  const v2 = v.application;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) {
        ok = longFail(c, ["application"], 5000, v2);
      }
    } else if (isObject(v2)) {
      ok = into(c, d0, v2, ok, "application");
    } else {
      ok = wrongType(c, ["application"], "string | object", v2);
    }
  }
  const v3 = v.application_fee_amount;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) {
      ok = wrongType(c, ["application_fee_amount"], "integer", v3);
    }
  }
  const v4 = v.application_fee_percent;
  if (v4 !== undefined && v4 !== null) {
    if (!isNum(v4)) {
      ok = wrongType(c, ["application_fee_percent"], "number", v4);
    }
  }
  const v5 = v.automatic_tax;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["automatic_tax"], v5, ok);
  } else {
    ok = into(c, checkQuotesResourceAutomaticTax, v5, ok, "automatic_tax");
  }
  const v6 = v.collection_method;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["collection_method"], v6, ok);
  } else {
    if (!e0.has(v6)) {
      ok = notInEnum(c, ["collection_method"], e0, v6, ok);
    }
  }
  const v7 = v.computed;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["computed"], v7, ok);
  } else {
    ok = into(c, checkQuotesResourceComputed, v7, ok, "computed");
  }
  const v8 = v.created;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["created"], v8, ok);
  } else {
    if (!isInt(v8)) {
      ok = wrongType(c, ["created"], "integer", v8);
    }
  }
  const v9 = v.currency;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["currency"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["currency"], 5000, v9);
    }
  }
  const v10 = v.customer;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 === "string") {
      if (v10.length > 5000 && tooLong(v10, 5000)) {
        ok = longFail(c, ["customer"], 5000, v10);
      }
    } else if (isObject(v10)) {
      ok = into(c, d1, v10, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v10);
    }
  }
  const v11 = v.default_tax_rates;
  if (v11 !== undefined) {
    if (!isArray(v11)) {
      ok = wrongType(c, ["default_tax_rates"], "array", v11);
    } else {
      for (let i0 = 0; i0 < v11.length; i0++) {
        const v12 = v11[i0];
        if (typeof v12 === "string") {
          if (v12.length > 5000 && tooLong(v12, 5000)) {
            ok = longFail(c, ["default_tax_rates", i0], 5000, v12);
          }
        } else if (isObject(v12)) {
          ok = into(c, checkTaxRate, v12, ok, "default_tax_rates", i0);
        } else {
          ok = wrongType(c, ["default_tax_rates", i0], "string | object", v12);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v13 = v.description;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") {
      ok = wrongType(c, ["description"], "string", v13);
    } else if (v13.length > 5000 && tooLong(v13, 5000)) {
      ok = longFail(c, ["description"], 5000, v13);
    }
  }
  const v14 = v.discounts;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["discounts"], v14, ok);
  } else {
    if (!isArray(v14)) {
      ok = wrongType(c, ["discounts"], "array", v14);
    } else {
      for (let i1 = 0; i1 < v14.length; i1++) {
        const v15 = v14[i1];
        if (typeof v15 === "string") {
          if (v15.length > 5000 && tooLong(v15, 5000)) {
            ok = longFail(c, ["discounts", i1], 5000, v15);
          }
        } else if (isObject(v15)) {
          ok = into(c, checkDiscount, v15, ok, "discounts", i1);
        } else {
          ok = wrongType(c, ["discounts", i1], "string | object", v15);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v16 = v.expires_at;
  if (v16 === undefined || v16 === null) {
    ok = missing(c, ["expires_at"], v16, ok);
  } else {
    if (!isInt(v16)) {
      ok = wrongType(c, ["expires_at"], "integer", v16);
    }
  }
  const v17 = v.footer;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 !== "string") {
      ok = wrongType(c, ["footer"], "string", v17);
    } else if (v17.length > 5000 && tooLong(v17, 5000)) {
      ok = longFail(c, ["footer"], 5000, v17);
    }
  }
  const v18 = v.from_quote;
  if (v18 !== undefined && v18 !== null) {
    ok = into(c, checkQuotesResourceFromQuote, v18, ok, "from_quote");
  }
  const v19 = v.header;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 !== "string") {
      ok = wrongType(c, ["header"], "string", v19);
    } else if (v19.length > 5000 && tooLong(v19, 5000)) {
      ok = longFail(c, ["header"], 5000, v19);
    }
  }
  const v20 = v.id;
  if (v20 === undefined || v20 === null) {
    ok = missing(c, ["id"], v20, ok);
  } else {
    if (typeof v20 !== "string") {
      ok = wrongType(c, ["id"], "string", v20);
    } else if (v20.length > 5000 && tooLong(v20, 5000)) {
      ok = longFail(c, ["id"], 5000, v20);
    }
  }
  const v21 = v.invoice;
  if (v21 !== undefined && v21 !== null) {
    if (typeof v21 === "string") {
      if (v21.length > 5000 && tooLong(v21, 5000)) {
        ok = longFail(c, ["invoice"], 5000, v21);
      }
    } else if (isObject(v21)) {
      ok = into(c, d2, v21, ok, "invoice");
    } else {
      ok = wrongType(c, ["invoice"], "string | object", v21);
    }
  }
  const v22 = v.invoice_settings;
  if (v22 !== undefined && v22 !== null) {
    ok = into(c, checkInvoiceSettingQuoteSetting, v22, ok, "invoice_settings");
  }
  const v23 = v.line_items;
  if (v23 !== undefined) {
    if (!isObject(v23)) {
      ok = wrongType(c, ["line_items"], "object", v23);
    } else {
      const v24 = v23.data;
      if (v24 === undefined || v24 === null) {
        ok = missing(c, ["line_items", "data"], v24, ok);
      } else {
        if (!isArray(v24)) {
          ok = wrongType(c, ["line_items", "data"], "array", v24);
        } else {
          for (let i2 = 0; i2 < v24.length; i2++) {
            const v25 = v24[i2];
            ok = into(c, checkItem, v25, ok, "line_items", "data", i2);
            if (!ok && full(c)) break;
          }
        }
      }
      const v26 = v23.has_more;
      if (v26 === undefined || v26 === null) {
        ok = missing(c, ["line_items", "has_more"], v26, ok);
      } else {
        if (typeof v26 !== "boolean") {
          ok = wrongType(c, ["line_items", "has_more"], "boolean", v26);
        }
      }
      const v27 = v23.object;
      if (v27 === undefined || v27 === null) {
        ok = missing(c, ["line_items", "object"], v27, ok);
      } else {
        if (!e1.has(v27)) {
          ok = notInEnum(c, ["line_items", "object"], e1, v27, ok);
        }
      }
      const v28 = v23.url;
      if (v28 === undefined || v28 === null) {
        ok = missing(c, ["line_items", "url"], v28, ok);
      } else {
        if (typeof v28 !== "string") {
          ok = wrongType(c, ["line_items", "url"], "string", v28);
        } else if (v28.length > 5000 && tooLong(v28, 5000)) {
          ok = longFail(c, ["line_items", "url"], 5000, v28);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["line_items"], v23, k0, ok);
      }
    }
  }
  const v29 = v.livemode;
  if (v29 === undefined || v29 === null) {
    ok = missing(c, ["livemode"], v29, ok);
  } else {
    if (typeof v29 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v29);
    }
  }
  const v30 = v.metadata;
  if (v30 === undefined || v30 === null) {
    ok = missing(c, ["metadata"], v30, ok);
  } else {
    if (!isObject(v30)) {
      ok = wrongType(c, ["metadata"], "object", v30);
    } else {
      for (const k1 of Object.keys(v30)) {
        const v31 = entry(v30, k1);
        if (typeof v31 !== "string") {
          ok = wrongType(c, ["metadata", k1], "string", v31);
        } else if (v31.length > 500 && tooLong(v31, 500)) {
          ok = longFail(c, ["metadata", k1], 500, v31);
        }
      }
    }
  }
  const v32 = v.number;
  if (v32 !== undefined && v32 !== null) {
    if (typeof v32 !== "string") {
      ok = wrongType(c, ["number"], "string", v32);
    } else if (v32.length > 5000 && tooLong(v32, 5000)) {
      ok = longFail(c, ["number"], 5000, v32);
    }
  }
  const v33 = v.object;
  if (v33 === undefined || v33 === null) {
    ok = missing(c, ["object"], v33, ok);
  } else {
    if (!e2.has(v33)) {
      ok = notInEnum(c, ["object"], e2, v33, ok);
    }
  }
  const v34 = v.on_behalf_of;
  if (v34 !== undefined && v34 !== null) {
    if (typeof v34 === "string") {
      if (v34.length > 5000 && tooLong(v34, 5000)) {
        ok = longFail(c, ["on_behalf_of"], 5000, v34);
      }
    } else if (isObject(v34)) {
      ok = into(c, checkAccount, v34, ok, "on_behalf_of");
    } else {
      ok = wrongType(c, ["on_behalf_of"], "string | object", v34);
    }
  }
  const v35 = v.status;
  if (v35 === undefined || v35 === null) {
    ok = missing(c, ["status"], v35, ok);
  } else {
    if (typeof v35 !== "string") {
      ok = wrongType(c, ["status"], "string", v35);
    }
  }
  const v36 = v.status_transitions;
  if (v36 === undefined || v36 === null) {
    ok = missing(c, ["status_transitions"], v36, ok);
  } else {
    ok = into(
      c,
      checkQuotesResourceStatusTransitions,
      v36,
      ok,
      "status_transitions",
    );
  }
  const v37 = v.subscription;
  if (v37 !== undefined && v37 !== null) {
    if (typeof v37 === "string") {
      if (v37.length > 5000 && tooLong(v37, 5000)) {
        ok = longFail(c, ["subscription"], 5000, v37);
      }
    } else if (isObject(v37)) {
      ok = into(c, checkSubscription, v37, ok, "subscription");
    } else {
      ok = wrongType(c, ["subscription"], "string | object", v37);
    }
  }
  const v38 = v.subscription_data;
  if (v38 === undefined || v38 === null) {
    ok = missing(c, ["subscription_data"], v38, ok);
  } else {
    ok = into(
      c,
      checkQuotesResourceSubscriptionDataSubscriptionData,
      v38,
      ok,
      "subscription_data",
    );
  }
  const v39 = v.subscription_schedule;
  if (v39 !== undefined && v39 !== null) {
    if (typeof v39 === "string") {
      if (v39.length > 5000 && tooLong(v39, 5000)) {
        ok = longFail(c, ["subscription_schedule"], 5000, v39);
      }
    } else if (isObject(v39)) {
      ok = into(c, checkSubscriptionSchedule, v39, ok, "subscription_schedule");
    } else {
      ok = wrongType(c, ["subscription_schedule"], "string | object", v39);
    }
  }
  const v40 = v.test_clock;
  if (v40 !== undefined && v40 !== null) {
    if (typeof v40 === "string") {
      if (v40.length > 5000 && tooLong(v40, 5000)) {
        ok = longFail(c, ["test_clock"], 5000, v40);
      }
    } else if (isObject(v40)) {
      ok = into(c, checkTestHelpersTestClock, v40, ok, "test_clock");
    } else {
      ok = wrongType(c, ["test_clock"], "string | object", v40);
    }
  }
  const v41 = v.total_details;
  if (v41 === undefined || v41 === null) {
    ok = missing(c, ["total_details"], v41, ok);
  } else {
    ok = into(c, checkQuotesResourceTotalDetails, v41, ok, "total_details");
  }
  const v42 = v.transfer_data;
  if (v42 !== undefined && v42 !== null) {
    ok = into(c, checkQuotesResourceTransferData, v42, ok, "transfer_data");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k2, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.amount_subtotal;
  if (!isInt(v0)) return false;
  const v1 = v.amount_total;
  if (!isInt(v1)) return false;
  const v2 = v.application;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) return false;
    } else if (isObject(v2)) {
      if (!d3(v2, c)) return false;
    } else {
      return false;
    }
  }
  const v3 = v.application_fee_amount;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) return false;
  }
  const v4 = v.application_fee_percent;
  if (v4 !== undefined && v4 !== null) {
    if (!isNum(v4)) return false;
  }
  const v5 = v.automatic_tax;
  if (!testQuotesResourceAutomaticTax(v5, c)) return false;
  const v6 = v.collection_method;
  if (!e0.has(v6)) return false;
  const v7 = v.computed;
  if (!testQuotesResourceComputed(v7, c)) return false;
  const v8 = v.created;
  if (!isInt(v8)) return false;
  const v9 = v.currency;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") return false;
    if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  }
  const v10 = v.customer;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 === "string") {
      if (v10.length > 5000 && tooLong(v10, 5000)) return false;
    } else if (isObject(v10)) {
      if (!d4(v10, c)) return false;
    } else {
      return false;
    }
  }
  const v11 = v.default_tax_rates;
  if (v11 !== undefined) {
    if (!isArray(v11)) return false;
    for (let i0 = 0; i0 < v11.length; i0++) {
      const v12 = v11[i0];
      if (typeof v12 === "string") {
        if (v12.length > 5000 && tooLong(v12, 5000)) return false;
      } else if (isObject(v12)) {
        if (!testTaxRate(v12, c)) return false;
      } else {
        return false;
      }
    }
  }
  const v13 = v.description;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") return false;
    if (v13.length > 5000 && tooLong(v13, 5000)) return false;
  }
  const v14 = v.discounts;
  if (!isArray(v14)) return false;
  for (let i1 = 0; i1 < v14.length; i1++) {
    const v15 = v14[i1];
    if (typeof v15 === "string") {
      if (v15.length > 5000 && tooLong(v15, 5000)) return false;
    } else if (isObject(v15)) {
      if (!testDiscount(v15, c)) return false;
    } else {
      return false;
    }
  }
  const v16 = v.expires_at;
  if (!isInt(v16)) return false;
  const v17 = v.footer;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 !== "string") return false;
    if (v17.length > 5000 && tooLong(v17, 5000)) return false;
  }
  const v18 = v.from_quote;
  if (v18 !== undefined && v18 !== null) {
    if (!testQuotesResourceFromQuote(v18, c)) return false;
  }
  const v19 = v.header;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 !== "string") return false;
    if (v19.length > 5000 && tooLong(v19, 5000)) return false;
  }
  const v20 = v.id;
  if (typeof v20 !== "string") return false;
  if (v20.length > 5000 && tooLong(v20, 5000)) return false;
  const v21 = v.invoice;
  if (v21 !== undefined && v21 !== null) {
    if (typeof v21 === "string") {
      if (v21.length > 5000 && tooLong(v21, 5000)) return false;
    } else if (isObject(v21)) {
      if (!d5(v21, c)) return false;
    } else {
      return false;
    }
  }
  const v22 = v.invoice_settings;
  if (v22 !== undefined && v22 !== null) {
    if (!testInvoiceSettingQuoteSetting(v22, c)) return false;
  }
  const v23 = v.line_items;
  if (v23 !== undefined) {
    if (!isObject(v23)) return false;
    const v24 = v23.data;
    if (!isArray(v24)) return false;
    for (let i2 = 0; i2 < v24.length; i2++) {
      const v25 = v24[i2];
      if (!testItem(v25, c)) return false;
    }
    const v26 = v23.has_more;
    if (typeof v26 !== "boolean") return false;
    const v27 = v23.object;
    if (v27 !== "list") return false;
    const v28 = v23.url;
    if (typeof v28 !== "string") return false;
    if (v28.length > 5000 && tooLong(v28, 5000)) return false;
  }
  const v29 = v.livemode;
  if (typeof v29 !== "boolean") return false;
  const v30 = v.metadata;
  if (!isObject(v30)) return false;
  for (const k3 of Object.keys(v30)) {
    const v31 = entry(v30, k3);
    if (typeof v31 !== "string") return false;
    if (v31.length > 500 && tooLong(v31, 500)) return false;
  }
  const v32 = v.number;
  if (v32 !== undefined && v32 !== null) {
    if (typeof v32 !== "string") return false;
    if (v32.length > 5000 && tooLong(v32, 5000)) return false;
  }
  const v33 = v.object;
  if (v33 !== "quote") return false;
  const v34 = v.on_behalf_of;
  if (v34 !== undefined && v34 !== null) {
    if (typeof v34 === "string") {
      if (v34.length > 5000 && tooLong(v34, 5000)) return false;
    } else if (isObject(v34)) {
      if (!testAccount(v34, c)) return false;
    } else {
      return false;
    }
  }
  const v35 = v.status;
  if (typeof v35 !== "string") return false;
  const v36 = v.status_transitions;
  if (!testQuotesResourceStatusTransitions(v36, c)) return false;
  const v37 = v.subscription;
  if (v37 !== undefined && v37 !== null) {
    if (typeof v37 === "string") {
      if (v37.length > 5000 && tooLong(v37, 5000)) return false;
    } else if (isObject(v37)) {
      if (!testSubscription(v37, c)) return false;
    } else {
      return false;
    }
  }
  const v38 = v.subscription_data;
  if (!testQuotesResourceSubscriptionDataSubscriptionData(v38, c)) return false;
  const v39 = v.subscription_schedule;
  if (v39 !== undefined && v39 !== null) {
    if (typeof v39 === "string") {
      if (v39.length > 5000 && tooLong(v39, 5000)) return false;
    } else if (isObject(v39)) {
      if (!testSubscriptionSchedule(v39, c)) return false;
    } else {
      return false;
    }
  }
  const v40 = v.test_clock;
  if (v40 !== undefined && v40 !== null) {
    if (typeof v40 === "string") {
      if (v40.length > 5000 && tooLong(v40, 5000)) return false;
    } else if (isObject(v40)) {
      if (!testTestHelpersTestClock(v40, c)) return false;
    } else {
      return false;
    }
  }
  const v41 = v.total_details;
  if (!testQuotesResourceTotalDetails(v41, c)) return false;
  const v42 = v.transfer_data;
  if (v42 !== undefined && v42 !== null) {
    if (!testQuotesResourceTransferData(v42, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount_subtotal: req(int()),
    amount_total: req(int()),
    application: opt(
      nul(union(str(), ref(Application), ref(DeletedApplication))),
    ),
    application_fee_amount: opt(nul(int())),
    application_fee_percent: opt(nul(num())),
    automatic_tax: req(ref(QuotesResourceAutomaticTax)),
    collection_method: req(oneOf(e0)),
    computed: req(ref(QuotesResourceComputed)),
    created: req(int("unix-time")),
    currency: opt(nul(str())),
    customer: opt(nul(union(str(), ref(Customer), ref(DeletedCustomer)))),
    default_tax_rates: opt(list(union(str(), ref(TaxRate)))),
    description: opt(nul(str())),
    discounts: req(list(union(str(), ref(Discount)))),
    expires_at: req(int("unix-time")),
    footer: opt(nul(str())),
    from_quote: opt(nul(ref(QuotesResourceFromQuote))),
    header: opt(nul(str())),
    id: req(str()),
    invoice: opt(nul(union(str(), ref(Invoice), ref(DeletedInvoice)))),
    invoice_settings: opt(nul(ref(InvoiceSettingQuoteSetting))),
    line_items: opt(
      obj({
        data: req(list(ref(Item))),
        has_more: req(bool()),
        object: req(oneOf(e1)),
        url: req(str()),
      }),
    ),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    number: opt(nul(str())),
    object: req(oneOf(e2)),
    on_behalf_of: opt(nul(union(str(), ref(Account)))),
    status: req(oneOf(e3, true)),
    status_transitions: req(ref(QuotesResourceStatusTransitions)),
    subscription: opt(nul(union(str(), ref(Subscription)))),
    subscription_data: req(ref(QuotesResourceSubscriptionDataSubscriptionData)),
    subscription_schedule: opt(nul(union(str(), ref(SubscriptionSchedule)))),
    test_clock: opt(nul(union(str(), ref(TestHelpersTestClock)))),
    total_details: req(ref(QuotesResourceTotalDetails)),
    transfer_data: opt(nul(ref(QuotesResourceTransferData))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "quote",
  branch: "quote",
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
  schema as Quote,
  validateInput as validateQuote,
  isValid as isQuote,
  check as checkQuote,
  test as testQuote,
};
