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
import { Address, checkAddress, testAddress } from "./address.js";
import { ApiErrors, checkApiErrors, testApiErrors } from "./api_errors.js";
import {
  Application,
  checkApplication,
  testApplication,
} from "./application.js";
import {
  AutomaticTax,
  checkAutomaticTax,
  testAutomaticTax,
} from "./automatic_tax.js";
import {
  BankAccount,
  checkBankAccount,
  testBankAccount,
} from "./bank_account.js";
import { Card, checkCard, testCard } from "./card.js";
import { Charge, checkCharge, testCharge } from "./charge.js";
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
  DeletedDiscount,
  checkDeletedDiscount,
  testDeletedDiscount,
} from "./deleted_discount.js";
import {
  DeletedTaxId,
  checkDeletedTaxId,
  testDeletedTaxId,
} from "./deleted_tax_id.js";
import { Discount, checkDiscount, testDiscount } from "./discount.js";
import {
  DiscountsResourceDiscountAmount,
  checkDiscountsResourceDiscountAmount,
  testDiscountsResourceDiscountAmount,
} from "./discounts_resource_discount_amount.js";
import {
  InvoiceSettingCustomField,
  checkInvoiceSettingCustomField,
  testInvoiceSettingCustomField,
} from "./invoice_setting_custom_field.js";
import {
  InvoiceSettingRenderingOptions,
  checkInvoiceSettingRenderingOptions,
  testInvoiceSettingRenderingOptions,
} from "./invoice_setting_rendering_options.js";
import {
  InvoiceTaxAmount,
  checkInvoiceTaxAmount,
  testInvoiceTaxAmount,
} from "./invoice_tax_amount.js";
import {
  InvoiceThresholdReason,
  checkInvoiceThresholdReason,
  testInvoiceThresholdReason,
} from "./invoice_threshold_reason.js";
import {
  InvoiceTransferData,
  checkInvoiceTransferData,
  testInvoiceTransferData,
} from "./invoice_transfer_data.js";
import {
  InvoicesFromInvoice,
  checkInvoicesFromInvoice,
  testInvoicesFromInvoice,
} from "./invoices_from_invoice.js";
import {
  InvoicesPaymentSettings,
  checkInvoicesPaymentSettings,
  testInvoicesPaymentSettings,
} from "./invoices_payment_settings.js";
import {
  InvoicesResourceInvoiceTaxId,
  checkInvoicesResourceInvoiceTaxId,
  testInvoicesResourceInvoiceTaxId,
} from "./invoices_resource_invoice_tax_id.js";
import {
  InvoicesShippingCost,
  checkInvoicesShippingCost,
  testInvoicesShippingCost,
} from "./invoices_shipping_cost.js";
import {
  InvoicesStatusTransitions,
  checkInvoicesStatusTransitions,
  testInvoicesStatusTransitions,
} from "./invoices_status_transitions.js";
import { LineItem, checkLineItem, testLineItem } from "./line_item.js";
import {
  PaymentIntent,
  checkPaymentIntent,
  testPaymentIntent,
} from "./payment_intent.js";
import {
  PaymentMethod,
  checkPaymentMethod,
  testPaymentMethod,
} from "./payment_method.js";
import { Quote, checkQuote, testQuote } from "./quote.js";
import { Shipping, checkShipping, testShipping } from "./shipping.js";
import { Source, checkSource, testSource } from "./source.js";
import {
  Subscription,
  checkSubscription,
  testSubscription,
} from "./subscription.js";
import {
  SubscriptionDetailsData,
  checkSubscriptionDetailsData,
  testSubscriptionDetailsData,
} from "./subscription_details_data.js";
import { TaxId, checkTaxId, testTaxId } from "./tax_id.js";
import { TaxRate, checkTaxRate, testTaxRate } from "./tax_rate.js";
import {
  TestHelpersTestClock,
  checkTestHelpersTestClock,
  testTestHelpersTestClock,
} from "./test_helpers.test_clock.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["tax_id", checkTaxId, "tax_id"],
  ["deleted_tax_id", checkDeletedTaxId, "tax_id#deleted"],
]);
const d1 = /* @__PURE__ */ branches(() => [
  ["application", checkApplication, "application"],
  ["deleted_application", checkDeletedApplication, "application#deleted"],
]);
const e0 = /* @__PURE__ */ set([
  "automatic_pending_invoice_item_invoice",
  "manual",
  "quote_accept",
  "subscription",
  "subscription_create",
  "subscription_cycle",
  "subscription_threshold",
  "subscription_update",
  "upcoming",
]);
const e1 = /* @__PURE__ */ set(["charge_automatically", "send_invoice"]);
const d2 = /* @__PURE__ */ branches(() => [
  ["customer", checkCustomer, "customer"],
  ["deleted_customer", checkDeletedCustomer, "customer#deleted"],
]);
const e2 = /* @__PURE__ */ set(["exempt", "none", "reverse"]);
const d3 = /* @__PURE__ */ branches(() => [
  ["bank_account", checkBankAccount, "bank_account"],
  ["card", checkCard, "card"],
  ["source", checkSource, "source"],
]);
const d4 = /* @__PURE__ */ branches(() => [
  ["discount", checkDiscount, "discount"],
  ["deleted_discount", checkDeletedDiscount, "discount#deleted"],
]);
const e3 = /* @__PURE__ */ set(["list"]);
const k0 = /* @__PURE__ */ set(["data", "has_more", "object", "url"]);
const e4 = /* @__PURE__ */ set(["invoice"]);
const k2 = /* @__PURE__ */ set([
  "account_country",
  "account_name",
  "account_tax_ids",
  "amount_due",
  "amount_paid",
  "amount_remaining",
  "amount_shipping",
  "application",
  "application_fee_amount",
  "attempt_count",
  "attempted",
  "auto_advance",
  "automatic_tax",
  "billing_reason",
  "charge",
  "collection_method",
  "created",
  "currency",
  "custom_fields",
  "customer",
  "customer_address",
  "customer_email",
  "customer_name",
  "customer_phone",
  "customer_shipping",
  "customer_tax_exempt",
  "customer_tax_ids",
  "default_payment_method",
  "default_source",
  "default_tax_rates",
  "description",
  "discount",
  "discounts",
  "due_date",
  "effective_at",
  "ending_balance",
  "footer",
  "from_invoice",
  "hosted_invoice_url",
  "id",
  "invoice_pdf",
  "last_finalization_error",
  "latest_revision",
  "lines",
  "livemode",
  "metadata",
  "next_payment_attempt",
  "number",
  "object",
  "on_behalf_of",
  "paid",
  "paid_out_of_band",
  "payment_intent",
  "payment_settings",
  "period_end",
  "period_start",
  "post_payment_credit_notes_amount",
  "pre_payment_credit_notes_amount",
  "quote",
  "receipt_number",
  "rendering_options",
  "shipping_cost",
  "shipping_details",
  "starting_balance",
  "statement_descriptor",
  "status",
  "status_transitions",
  "subscription",
  "subscription_details",
  "subscription_proration_date",
  "subtotal",
  "subtotal_excluding_tax",
  "tax",
  "test_clock",
  "threshold_reason",
  "total",
  "total_discount_amounts",
  "total_excluding_tax",
  "total_tax_amounts",
  "transfer_data",
  "webhooks_delivered_at",
]);
const d5 = /* @__PURE__ */ branchTests(() => [
  [testTaxId, "tax_id"],
  [testDeletedTaxId, "tax_id#deleted"],
]);
const d6 = /* @__PURE__ */ branchTests(() => [
  [testApplication, "application"],
  [testDeletedApplication, "application#deleted"],
]);
const d7 = /* @__PURE__ */ branchTests(() => [
  [testCustomer, "customer"],
  [testDeletedCustomer, "customer#deleted"],
]);
const d8 = /* @__PURE__ */ branchTests(() => [
  [testBankAccount, "bank_account"],
  [testCard, "card"],
  [testSource, "source"],
]);
const d9 = /* @__PURE__ */ branchTests(() => [
  [testDiscount, "discount"],
  [testDeletedDiscount, "discount#deleted"],
]);
const e5 = /* @__PURE__ */ set([
  "draft",
  "open",
  "paid",
  "uncollectible",
  "void",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.account_country;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["account_country"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["account_country"], 5000, v0);
    }
  }
  const v1 = v.account_name;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["account_name"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["account_name"], 5000, v1);
    }
  }
  const v2 = v.account_tax_ids;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) {
      ok = wrongType(c, ["account_tax_ids"], "array", v2);
    } else {
      for (let i0 = 0; i0 < v2.length; i0++) {
        const v3 = v2[i0];
        if (typeof v3 === "string") {
          if (v3.length > 5000 && tooLong(v3, 5000)) {
            ok = longFail(c, ["account_tax_ids", i0], 5000, v3);
          }
        } else if (isObject(v3)) {
          ok = into(c, d0, v3, ok, "account_tax_ids", i0);
        } else {
          ok = wrongType(c, ["account_tax_ids", i0], "string | object", v3);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v4 = v.amount_due;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["amount_due"], v4, ok);
  } else {
    if (!isInt(v4)) {
      ok = wrongType(c, ["amount_due"], "integer", v4);
    }
  }
  const v5 = v.amount_paid;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["amount_paid"], v5, ok);
  } else {
    if (!isInt(v5)) {
      ok = wrongType(c, ["amount_paid"], "integer", v5);
    }
  }
  const v6 = v.amount_remaining;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["amount_remaining"], v6, ok);
  } else {
    if (!isInt(v6)) {
      ok = wrongType(c, ["amount_remaining"], "integer", v6);
    }
  }
  const v7 = v.amount_shipping;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["amount_shipping"], v7, ok);
  } else {
    if (!isInt(v7)) {
      ok = wrongType(c, ["amount_shipping"], "integer", v7);
    }
  }
  const v8 = v.application;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 === "string") {
      if (v8.length > 5000 && tooLong(v8, 5000)) {
        ok = longFail(c, ["application"], 5000, v8);
      }
    } else if (isObject(v8)) {
      ok = into(c, d1, v8, ok, "application");
    } else {
      ok = wrongType(c, ["application"], "string | object", v8);
    }
  }
  const v9 = v.application_fee_amount;
  if (v9 !== undefined && v9 !== null) {
    if (!isInt(v9)) {
      ok = wrongType(c, ["application_fee_amount"], "integer", v9);
    }
  }
  const v10 = v.attempt_count;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["attempt_count"], v10, ok);
  } else {
    if (!isInt(v10)) {
      ok = wrongType(c, ["attempt_count"], "integer", v10);
    }
  }
  const v11 = v.attempted;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["attempted"], v11, ok);
  } else {
    if (typeof v11 !== "boolean") {
      ok = wrongType(c, ["attempted"], "boolean", v11);
    }
  }
  const v12 = v.auto_advance;
  if (v12 !== undefined) {
    if (typeof v12 !== "boolean") {
      ok = wrongType(c, ["auto_advance"], "boolean", v12);
    }
  }
  const v13 = v.automatic_tax;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["automatic_tax"], v13, ok);
  } else {
    ok = into(c, checkAutomaticTax, v13, ok, "automatic_tax");
  }
  const v14 = v.billing_reason;
  if (v14 !== undefined && v14 !== null) {
    if (!e0.has(v14)) {
      ok = notInEnum(c, ["billing_reason"], e0, v14, ok);
    }
  }
  const v15 = v.charge;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 === "string") {
      if (v15.length > 5000 && tooLong(v15, 5000)) {
        ok = longFail(c, ["charge"], 5000, v15);
      }
    } else if (isObject(v15)) {
      ok = into(c, checkCharge, v15, ok, "charge");
    } else {
      ok = wrongType(c, ["charge"], "string | object", v15);
    }
  }
  const v16 = v.collection_method;
  if (v16 === undefined || v16 === null) {
    ok = missing(c, ["collection_method"], v16, ok);
  } else {
    if (!e1.has(v16)) {
      ok = notInEnum(c, ["collection_method"], e1, v16, ok);
    }
  }
  const v17 = v.created;
  if (v17 === undefined || v17 === null) {
    ok = missing(c, ["created"], v17, ok);
  } else {
    if (!isInt(v17)) {
      ok = wrongType(c, ["created"], "integer", v17);
    }
  }
  const v18 = v.currency;
  if (v18 === undefined || v18 === null) {
    ok = missing(c, ["currency"], v18, ok);
  } else {
    if (typeof v18 !== "string") {
      ok = wrongType(c, ["currency"], "string", v18);
    }
  }
  const v19 = v.custom_fields;
  if (v19 !== undefined && v19 !== null) {
    if (!isArray(v19)) {
      ok = wrongType(c, ["custom_fields"], "array", v19);
    } else {
      for (let i1 = 0; i1 < v19.length; i1++) {
        const v20 = v19[i1];
        ok = into(
          c,
          checkInvoiceSettingCustomField,
          v20,
          ok,
          "custom_fields",
          i1,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v21 = v.customer;
  if (v21 !== undefined && v21 !== null) {
    if (typeof v21 === "string") {
      if (v21.length > 5000 && tooLong(v21, 5000)) {
        ok = longFail(c, ["customer"], 5000, v21);
      }
    } else if (isObject(v21)) {
      ok = into(c, d2, v21, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v21);
    }
  }
  const v22 = v.customer_address;
  if (v22 !== undefined && v22 !== null) {
    ok = into(c, checkAddress, v22, ok, "customer_address");
  }
  const v23 = v.customer_email;
  if (v23 !== undefined && v23 !== null) {
    if (typeof v23 !== "string") {
      ok = wrongType(c, ["customer_email"], "string", v23);
    } else if (v23.length > 5000 && tooLong(v23, 5000)) {
      ok = longFail(c, ["customer_email"], 5000, v23);
    }
  }
  const v24 = v.customer_name;
  if (v24 !== undefined && v24 !== null) {
    if (typeof v24 !== "string") {
      ok = wrongType(c, ["customer_name"], "string", v24);
    } else if (v24.length > 5000 && tooLong(v24, 5000)) {
      ok = longFail(c, ["customer_name"], 5000, v24);
    }
  }
  const v25 = v.customer_phone;
  if (v25 !== undefined && v25 !== null) {
    if (typeof v25 !== "string") {
      ok = wrongType(c, ["customer_phone"], "string", v25);
    } else if (v25.length > 5000 && tooLong(v25, 5000)) {
      ok = longFail(c, ["customer_phone"], 5000, v25);
    }
  }
  const v26 = v.customer_shipping;
  if (v26 !== undefined && v26 !== null) {
    ok = into(c, checkShipping, v26, ok, "customer_shipping");
  }
  const v27 = v.customer_tax_exempt;
  if (v27 !== undefined && v27 !== null) {
    if (!e2.has(v27)) {
      ok = notInEnum(c, ["customer_tax_exempt"], e2, v27, ok);
    }
  }
  const v28 = v.customer_tax_ids;
  if (v28 !== undefined && v28 !== null) {
    if (!isArray(v28)) {
      ok = wrongType(c, ["customer_tax_ids"], "array", v28);
    } else {
      for (let i2 = 0; i2 < v28.length; i2++) {
        const v29 = v28[i2];
        ok = into(
          c,
          checkInvoicesResourceInvoiceTaxId,
          v29,
          ok,
          "customer_tax_ids",
          i2,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v30 = v.default_payment_method;
  if (v30 !== undefined && v30 !== null) {
    if (typeof v30 === "string") {
      if (v30.length > 5000 && tooLong(v30, 5000)) {
        ok = longFail(c, ["default_payment_method"], 5000, v30);
      }
    } else if (isObject(v30)) {
      ok = into(c, checkPaymentMethod, v30, ok, "default_payment_method");
    } else {
      ok = wrongType(c, ["default_payment_method"], "string | object", v30);
    }
  }
  const v31 = v.default_source;
  if (v31 !== undefined && v31 !== null) {
    if (typeof v31 === "string") {
      if (v31.length > 5000 && tooLong(v31, 5000)) {
        ok = longFail(c, ["default_source"], 5000, v31);
      }
    } else if (isObject(v31)) {
      ok = into(c, d3, v31, ok, "default_source");
    } else {
      ok = wrongType(c, ["default_source"], "string | object", v31);
    }
  }
  const v32 = v.default_tax_rates;
  if (v32 === undefined || v32 === null) {
    ok = missing(c, ["default_tax_rates"], v32, ok);
  } else {
    if (!isArray(v32)) {
      ok = wrongType(c, ["default_tax_rates"], "array", v32);
    } else {
      for (let i3 = 0; i3 < v32.length; i3++) {
        const v33 = v32[i3];
        ok = into(c, checkTaxRate, v33, ok, "default_tax_rates", i3);
        if (!ok && full(c)) break;
      }
    }
  }
  const v34 = v.description;
  if (v34 !== undefined && v34 !== null) {
    if (typeof v34 !== "string") {
      ok = wrongType(c, ["description"], "string", v34);
    } else if (v34.length > 5000 && tooLong(v34, 5000)) {
      ok = longFail(c, ["description"], 5000, v34);
    }
  }
  const v35 = v.discount;
  if (v35 !== undefined && v35 !== null) {
    ok = into(c, checkDiscount, v35, ok, "discount");
  }
  const v36 = v.discounts;
  if (v36 !== undefined && v36 !== null) {
    if (!isArray(v36)) {
      ok = wrongType(c, ["discounts"], "array", v36);
    } else {
      for (let i4 = 0; i4 < v36.length; i4++) {
        const v37 = v36[i4];
        if (typeof v37 === "string") {
          if (v37.length > 5000 && tooLong(v37, 5000)) {
            ok = longFail(c, ["discounts", i4], 5000, v37);
          }
        } else if (isObject(v37)) {
          ok = into(c, d4, v37, ok, "discounts", i4);
        } else {
          ok = wrongType(c, ["discounts", i4], "string | object", v37);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v38 = v.due_date;
  if (v38 !== undefined && v38 !== null) {
    if (!isInt(v38)) {
      ok = wrongType(c, ["due_date"], "integer", v38);
    }
  }
  const v39 = v.effective_at;
  if (v39 !== undefined && v39 !== null) {
    if (!isInt(v39)) {
      ok = wrongType(c, ["effective_at"], "integer", v39);
    }
  }
  const v40 = v.ending_balance;
  if (v40 !== undefined && v40 !== null) {
    if (!isInt(v40)) {
      ok = wrongType(c, ["ending_balance"], "integer", v40);
    }
  }
  const v41 = v.footer;
  if (v41 !== undefined && v41 !== null) {
    if (typeof v41 !== "string") {
      ok = wrongType(c, ["footer"], "string", v41);
    } else if (v41.length > 5000 && tooLong(v41, 5000)) {
      ok = longFail(c, ["footer"], 5000, v41);
    }
  }
  const v42 = v.from_invoice;
  if (v42 !== undefined && v42 !== null) {
    ok = into(c, checkInvoicesFromInvoice, v42, ok, "from_invoice");
  }
  const v43 = v.hosted_invoice_url;
  if (v43 !== undefined && v43 !== null) {
    if (typeof v43 !== "string") {
      ok = wrongType(c, ["hosted_invoice_url"], "string", v43);
    } else if (v43.length > 5000 && tooLong(v43, 5000)) {
      ok = longFail(c, ["hosted_invoice_url"], 5000, v43);
    }
  }
  const v44 = v.id;
  if (v44 !== undefined) {
    if (typeof v44 !== "string") {
      ok = wrongType(c, ["id"], "string", v44);
    } else if (v44.length > 5000 && tooLong(v44, 5000)) {
      ok = longFail(c, ["id"], 5000, v44);
    }
  }
  const v45 = v.invoice_pdf;
  if (v45 !== undefined && v45 !== null) {
    if (typeof v45 !== "string") {
      ok = wrongType(c, ["invoice_pdf"], "string", v45);
    } else if (v45.length > 5000 && tooLong(v45, 5000)) {
      ok = longFail(c, ["invoice_pdf"], 5000, v45);
    }
  }
  const v46 = v.last_finalization_error;
  if (v46 !== undefined && v46 !== null) {
    ok = into(c, checkApiErrors, v46, ok, "last_finalization_error");
  }
  const v47 = v.latest_revision;
  if (v47 !== undefined && v47 !== null) {
    if (typeof v47 === "string") {
      if (v47.length > 5000 && tooLong(v47, 5000)) {
        ok = longFail(c, ["latest_revision"], 5000, v47);
      }
    } else if (isObject(v47)) {
      ok = into(c, check, v47, ok, "latest_revision");
    } else {
      ok = wrongType(c, ["latest_revision"], "string | object", v47);
    }
  }
  const v48 = v.lines;
  if (v48 === undefined || v48 === null) {
    ok = missing(c, ["lines"], v48, ok);
  } else {
    if (!isObject(v48)) {
      ok = wrongType(c, ["lines"], "object", v48);
    } else {
      const v49 = v48.data;
      if (v49 === undefined || v49 === null) {
        ok = missing(c, ["lines", "data"], v49, ok);
      } else {
        if (!isArray(v49)) {
          ok = wrongType(c, ["lines", "data"], "array", v49);
        } else {
          for (let i5 = 0; i5 < v49.length; i5++) {
            const v50 = v49[i5];
            ok = into(c, checkLineItem, v50, ok, "lines", "data", i5);
            if (!ok && full(c)) break;
          }
        }
      }
      const v51 = v48.has_more;
      if (v51 === undefined || v51 === null) {
        ok = missing(c, ["lines", "has_more"], v51, ok);
      } else {
        if (typeof v51 !== "boolean") {
          ok = wrongType(c, ["lines", "has_more"], "boolean", v51);
        }
      }
      const v52 = v48.object;
      if (v52 === undefined || v52 === null) {
        ok = missing(c, ["lines", "object"], v52, ok);
      } else {
        if (!e3.has(v52)) {
          ok = notInEnum(c, ["lines", "object"], e3, v52, ok);
        }
      }
      const v53 = v48.url;
      if (v53 === undefined || v53 === null) {
        ok = missing(c, ["lines", "url"], v53, ok);
      } else {
        if (typeof v53 !== "string") {
          ok = wrongType(c, ["lines", "url"], "string", v53);
        } else if (v53.length > 5000 && tooLong(v53, 5000)) {
          ok = longFail(c, ["lines", "url"], 5000, v53);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["lines"], v48, k0, ok);
      }
    }
  }
  const v54 = v.livemode;
  if (v54 === undefined || v54 === null) {
    ok = missing(c, ["livemode"], v54, ok);
  } else {
    if (typeof v54 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v54);
    }
  }
  const v55 = v.metadata;
  if (v55 !== undefined && v55 !== null) {
    if (!isObject(v55)) {
      ok = wrongType(c, ["metadata"], "object", v55);
    } else {
      for (const k1 of Object.keys(v55)) {
        const v56 = entry(v55, k1);
        if (typeof v56 !== "string") {
          ok = wrongType(c, ["metadata", k1], "string", v56);
        } else if (v56.length > 500 && tooLong(v56, 500)) {
          ok = longFail(c, ["metadata", k1], 500, v56);
        }
      }
    }
  }
  const v57 = v.next_payment_attempt;
  if (v57 !== undefined && v57 !== null) {
    if (!isInt(v57)) {
      ok = wrongType(c, ["next_payment_attempt"], "integer", v57);
    }
  }
  const v58 = v.number;
  if (v58 !== undefined && v58 !== null) {
    if (typeof v58 !== "string") {
      ok = wrongType(c, ["number"], "string", v58);
    } else if (v58.length > 5000 && tooLong(v58, 5000)) {
      ok = longFail(c, ["number"], 5000, v58);
    }
  }
  const v59 = v.object;
  if (v59 === undefined || v59 === null) {
    ok = missing(c, ["object"], v59, ok);
  } else {
    if (!e4.has(v59)) {
      ok = notInEnum(c, ["object"], e4, v59, ok);
    }
  }
  const v60 = v.on_behalf_of;
  if (v60 !== undefined && v60 !== null) {
    if (typeof v60 === "string") {
      if (v60.length > 5000 && tooLong(v60, 5000)) {
        ok = longFail(c, ["on_behalf_of"], 5000, v60);
      }
    } else if (isObject(v60)) {
      ok = into(c, checkAccount, v60, ok, "on_behalf_of");
    } else {
      ok = wrongType(c, ["on_behalf_of"], "string | object", v60);
    }
  }
  const v61 = v.paid;
  if (v61 === undefined || v61 === null) {
    ok = missing(c, ["paid"], v61, ok);
  } else {
    if (typeof v61 !== "boolean") {
      ok = wrongType(c, ["paid"], "boolean", v61);
    }
  }
  const v62 = v.paid_out_of_band;
  if (v62 === undefined || v62 === null) {
    ok = missing(c, ["paid_out_of_band"], v62, ok);
  } else {
    if (typeof v62 !== "boolean") {
      ok = wrongType(c, ["paid_out_of_band"], "boolean", v62);
    }
  }
  const v63 = v.payment_intent;
  if (v63 !== undefined && v63 !== null) {
    if (typeof v63 === "string") {
      if (v63.length > 5000 && tooLong(v63, 5000)) {
        ok = longFail(c, ["payment_intent"], 5000, v63);
      }
    } else if (isObject(v63)) {
      ok = into(c, checkPaymentIntent, v63, ok, "payment_intent");
    } else {
      ok = wrongType(c, ["payment_intent"], "string | object", v63);
    }
  }
  const v64 = v.payment_settings;
  if (v64 === undefined || v64 === null) {
    ok = missing(c, ["payment_settings"], v64, ok);
  } else {
    ok = into(c, checkInvoicesPaymentSettings, v64, ok, "payment_settings");
  }
  const v65 = v.period_end;
  if (v65 === undefined || v65 === null) {
    ok = missing(c, ["period_end"], v65, ok);
  } else {
    if (!isInt(v65)) {
      ok = wrongType(c, ["period_end"], "integer", v65);
    }
  }
  const v66 = v.period_start;
  if (v66 === undefined || v66 === null) {
    ok = missing(c, ["period_start"], v66, ok);
  } else {
    if (!isInt(v66)) {
      ok = wrongType(c, ["period_start"], "integer", v66);
    }
  }
  const v67 = v.post_payment_credit_notes_amount;
  if (v67 === undefined || v67 === null) {
    ok = missing(c, ["post_payment_credit_notes_amount"], v67, ok);
  } else {
    if (!isInt(v67)) {
      ok = wrongType(c, ["post_payment_credit_notes_amount"], "integer", v67);
    }
  }
  const v68 = v.pre_payment_credit_notes_amount;
  if (v68 === undefined || v68 === null) {
    ok = missing(c, ["pre_payment_credit_notes_amount"], v68, ok);
  } else {
    if (!isInt(v68)) {
      ok = wrongType(c, ["pre_payment_credit_notes_amount"], "integer", v68);
    }
  }
  const v69 = v.quote;
  if (v69 !== undefined && v69 !== null) {
    if (typeof v69 === "string") {
      if (v69.length > 5000 && tooLong(v69, 5000)) {
        ok = longFail(c, ["quote"], 5000, v69);
      }
    } else if (isObject(v69)) {
      ok = into(c, checkQuote, v69, ok, "quote");
    } else {
      ok = wrongType(c, ["quote"], "string | object", v69);
    }
  }
  const v70 = v.receipt_number;
  if (v70 !== undefined && v70 !== null) {
    if (typeof v70 !== "string") {
      ok = wrongType(c, ["receipt_number"], "string", v70);
    } else if (v70.length > 5000 && tooLong(v70, 5000)) {
      ok = longFail(c, ["receipt_number"], 5000, v70);
    }
  }
  const v71 = v.rendering_options;
  if (v71 !== undefined && v71 !== null) {
    ok = into(
      c,
      checkInvoiceSettingRenderingOptions,
      v71,
      ok,
      "rendering_options",
    );
  }
  const v72 = v.shipping_cost;
  if (v72 !== undefined && v72 !== null) {
    ok = into(c, checkInvoicesShippingCost, v72, ok, "shipping_cost");
  }
  const v73 = v.shipping_details;
  if (v73 !== undefined && v73 !== null) {
    ok = into(c, checkShipping, v73, ok, "shipping_details");
  }
  const v74 = v.starting_balance;
  if (v74 === undefined || v74 === null) {
    ok = missing(c, ["starting_balance"], v74, ok);
  } else {
    if (!isInt(v74)) {
      ok = wrongType(c, ["starting_balance"], "integer", v74);
    }
  }
  const v75 = v.statement_descriptor;
  if (v75 !== undefined && v75 !== null) {
    if (typeof v75 !== "string") {
      ok = wrongType(c, ["statement_descriptor"], "string", v75);
    } else if (v75.length > 5000 && tooLong(v75, 5000)) {
      ok = longFail(c, ["statement_descriptor"], 5000, v75);
    }
  }
  const v76 = v.status;
  if (v76 !== undefined && v76 !== null) {
    if (typeof v76 !== "string") {
      ok = wrongType(c, ["status"], "string", v76);
    }
  }
  const v77 = v.status_transitions;
  if (v77 === undefined || v77 === null) {
    ok = missing(c, ["status_transitions"], v77, ok);
  } else {
    ok = into(c, checkInvoicesStatusTransitions, v77, ok, "status_transitions");
  }
  const v78 = v.subscription;
  if (v78 !== undefined && v78 !== null) {
    if (typeof v78 === "string") {
      if (v78.length > 5000 && tooLong(v78, 5000)) {
        ok = longFail(c, ["subscription"], 5000, v78);
      }
    } else if (isObject(v78)) {
      ok = into(c, checkSubscription, v78, ok, "subscription");
    } else {
      ok = wrongType(c, ["subscription"], "string | object", v78);
    }
  }
  const v79 = v.subscription_details;
  if (v79 !== undefined && v79 !== null) {
    ok = into(c, checkSubscriptionDetailsData, v79, ok, "subscription_details");
  }
  const v80 = v.subscription_proration_date;
  if (v80 !== undefined) {
    if (!isInt(v80)) {
      ok = wrongType(c, ["subscription_proration_date"], "integer", v80);
    }
  }
  const v81 = v.subtotal;
  if (v81 === undefined || v81 === null) {
    ok = missing(c, ["subtotal"], v81, ok);
  } else {
    if (!isInt(v81)) {
      ok = wrongType(c, ["subtotal"], "integer", v81);
    }
  }
  const v82 = v.subtotal_excluding_tax;
  if (v82 !== undefined && v82 !== null) {
    if (!isInt(v82)) {
      ok = wrongType(c, ["subtotal_excluding_tax"], "integer", v82);
    }
  }
  const v83 = v.tax;
  if (v83 !== undefined && v83 !== null) {
    if (!isInt(v83)) {
      ok = wrongType(c, ["tax"], "integer", v83);
    }
  }
  const v84 = v.test_clock;
  if (v84 !== undefined && v84 !== null) {
    if (typeof v84 === "string") {
      if (v84.length > 5000 && tooLong(v84, 5000)) {
        ok = longFail(c, ["test_clock"], 5000, v84);
      }
    } else if (isObject(v84)) {
      ok = into(c, checkTestHelpersTestClock, v84, ok, "test_clock");
    } else {
      ok = wrongType(c, ["test_clock"], "string | object", v84);
    }
  }
  const v85 = v.threshold_reason;
  if (v85 !== undefined) {
    ok = into(c, checkInvoiceThresholdReason, v85, ok, "threshold_reason");
  }
  const v86 = v.total;
  if (v86 === undefined || v86 === null) {
    ok = missing(c, ["total"], v86, ok);
  } else {
    if (!isInt(v86)) {
      ok = wrongType(c, ["total"], "integer", v86);
    }
  }
  const v87 = v.total_discount_amounts;
  if (v87 !== undefined && v87 !== null) {
    if (!isArray(v87)) {
      ok = wrongType(c, ["total_discount_amounts"], "array", v87);
    } else {
      for (let i6 = 0; i6 < v87.length; i6++) {
        const v88 = v87[i6];
        ok = into(
          c,
          checkDiscountsResourceDiscountAmount,
          v88,
          ok,
          "total_discount_amounts",
          i6,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v89 = v.total_excluding_tax;
  if (v89 !== undefined && v89 !== null) {
    if (!isInt(v89)) {
      ok = wrongType(c, ["total_excluding_tax"], "integer", v89);
    }
  }
  const v90 = v.total_tax_amounts;
  if (v90 === undefined || v90 === null) {
    ok = missing(c, ["total_tax_amounts"], v90, ok);
  } else {
    if (!isArray(v90)) {
      ok = wrongType(c, ["total_tax_amounts"], "array", v90);
    } else {
      for (let i7 = 0; i7 < v90.length; i7++) {
        const v91 = v90[i7];
        ok = into(c, checkInvoiceTaxAmount, v91, ok, "total_tax_amounts", i7);
        if (!ok && full(c)) break;
      }
    }
  }
  const v92 = v.transfer_data;
  if (v92 !== undefined && v92 !== null) {
    ok = into(c, checkInvoiceTransferData, v92, ok, "transfer_data");
  }
  const v93 = v.webhooks_delivered_at;
  if (v93 !== undefined && v93 !== null) {
    if (!isInt(v93)) {
      ok = wrongType(c, ["webhooks_delivered_at"], "integer", v93);
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
  const v0 = v.account_country;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.account_name;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.account_tax_ids;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) return false;
    for (let i0 = 0; i0 < v2.length; i0++) {
      const v3 = v2[i0];
      if (typeof v3 === "string") {
        if (v3.length > 5000 && tooLong(v3, 5000)) return false;
      } else if (isObject(v3)) {
        if (!d5(v3, c)) return false;
      } else {
        return false;
      }
    }
  }
  const v4 = v.amount_due;
  if (!isInt(v4)) return false;
  const v5 = v.amount_paid;
  if (!isInt(v5)) return false;
  const v6 = v.amount_remaining;
  if (!isInt(v6)) return false;
  const v7 = v.amount_shipping;
  if (!isInt(v7)) return false;
  const v8 = v.application;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 === "string") {
      if (v8.length > 5000 && tooLong(v8, 5000)) return false;
    } else if (isObject(v8)) {
      if (!d6(v8, c)) return false;
    } else {
      return false;
    }
  }
  const v9 = v.application_fee_amount;
  if (v9 !== undefined && v9 !== null) {
    if (!isInt(v9)) return false;
  }
  const v10 = v.attempt_count;
  if (!isInt(v10)) return false;
  const v11 = v.attempted;
  if (typeof v11 !== "boolean") return false;
  const v12 = v.auto_advance;
  if (v12 !== undefined) {
    if (typeof v12 !== "boolean") return false;
  }
  const v13 = v.automatic_tax;
  if (!testAutomaticTax(v13, c)) return false;
  const v14 = v.billing_reason;
  if (v14 !== undefined && v14 !== null) {
    if (!e0.has(v14)) return false;
  }
  const v15 = v.charge;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 === "string") {
      if (v15.length > 5000 && tooLong(v15, 5000)) return false;
    } else if (isObject(v15)) {
      if (!testCharge(v15, c)) return false;
    } else {
      return false;
    }
  }
  const v16 = v.collection_method;
  if (!e1.has(v16)) return false;
  const v17 = v.created;
  if (!isInt(v17)) return false;
  const v18 = v.currency;
  if (typeof v18 !== "string") return false;
  const v19 = v.custom_fields;
  if (v19 !== undefined && v19 !== null) {
    if (!isArray(v19)) return false;
    for (let i1 = 0; i1 < v19.length; i1++) {
      const v20 = v19[i1];
      if (!testInvoiceSettingCustomField(v20, c)) return false;
    }
  }
  const v21 = v.customer;
  if (v21 !== undefined && v21 !== null) {
    if (typeof v21 === "string") {
      if (v21.length > 5000 && tooLong(v21, 5000)) return false;
    } else if (isObject(v21)) {
      if (!d7(v21, c)) return false;
    } else {
      return false;
    }
  }
  const v22 = v.customer_address;
  if (v22 !== undefined && v22 !== null) {
    if (!testAddress(v22, c)) return false;
  }
  const v23 = v.customer_email;
  if (v23 !== undefined && v23 !== null) {
    if (typeof v23 !== "string") return false;
    if (v23.length > 5000 && tooLong(v23, 5000)) return false;
  }
  const v24 = v.customer_name;
  if (v24 !== undefined && v24 !== null) {
    if (typeof v24 !== "string") return false;
    if (v24.length > 5000 && tooLong(v24, 5000)) return false;
  }
  const v25 = v.customer_phone;
  if (v25 !== undefined && v25 !== null) {
    if (typeof v25 !== "string") return false;
    if (v25.length > 5000 && tooLong(v25, 5000)) return false;
  }
  const v26 = v.customer_shipping;
  if (v26 !== undefined && v26 !== null) {
    if (!testShipping(v26, c)) return false;
  }
  const v27 = v.customer_tax_exempt;
  if (v27 !== undefined && v27 !== null) {
    if (!e2.has(v27)) return false;
  }
  const v28 = v.customer_tax_ids;
  if (v28 !== undefined && v28 !== null) {
    if (!isArray(v28)) return false;
    for (let i2 = 0; i2 < v28.length; i2++) {
      const v29 = v28[i2];
      if (!testInvoicesResourceInvoiceTaxId(v29, c)) return false;
    }
  }
  const v30 = v.default_payment_method;
  if (v30 !== undefined && v30 !== null) {
    if (typeof v30 === "string") {
      if (v30.length > 5000 && tooLong(v30, 5000)) return false;
    } else if (isObject(v30)) {
      if (!testPaymentMethod(v30, c)) return false;
    } else {
      return false;
    }
  }
  const v31 = v.default_source;
  if (v31 !== undefined && v31 !== null) {
    if (typeof v31 === "string") {
      if (v31.length > 5000 && tooLong(v31, 5000)) return false;
    } else if (isObject(v31)) {
      if (!d8(v31, c)) return false;
    } else {
      return false;
    }
  }
  const v32 = v.default_tax_rates;
  if (!isArray(v32)) return false;
  for (let i3 = 0; i3 < v32.length; i3++) {
    const v33 = v32[i3];
    if (!testTaxRate(v33, c)) return false;
  }
  const v34 = v.description;
  if (v34 !== undefined && v34 !== null) {
    if (typeof v34 !== "string") return false;
    if (v34.length > 5000 && tooLong(v34, 5000)) return false;
  }
  const v35 = v.discount;
  if (v35 !== undefined && v35 !== null) {
    if (!testDiscount(v35, c)) return false;
  }
  const v36 = v.discounts;
  if (v36 !== undefined && v36 !== null) {
    if (!isArray(v36)) return false;
    for (let i4 = 0; i4 < v36.length; i4++) {
      const v37 = v36[i4];
      if (typeof v37 === "string") {
        if (v37.length > 5000 && tooLong(v37, 5000)) return false;
      } else if (isObject(v37)) {
        if (!d9(v37, c)) return false;
      } else {
        return false;
      }
    }
  }
  const v38 = v.due_date;
  if (v38 !== undefined && v38 !== null) {
    if (!isInt(v38)) return false;
  }
  const v39 = v.effective_at;
  if (v39 !== undefined && v39 !== null) {
    if (!isInt(v39)) return false;
  }
  const v40 = v.ending_balance;
  if (v40 !== undefined && v40 !== null) {
    if (!isInt(v40)) return false;
  }
  const v41 = v.footer;
  if (v41 !== undefined && v41 !== null) {
    if (typeof v41 !== "string") return false;
    if (v41.length > 5000 && tooLong(v41, 5000)) return false;
  }
  const v42 = v.from_invoice;
  if (v42 !== undefined && v42 !== null) {
    if (!testInvoicesFromInvoice(v42, c)) return false;
  }
  const v43 = v.hosted_invoice_url;
  if (v43 !== undefined && v43 !== null) {
    if (typeof v43 !== "string") return false;
    if (v43.length > 5000 && tooLong(v43, 5000)) return false;
  }
  const v44 = v.id;
  if (v44 !== undefined) {
    if (typeof v44 !== "string") return false;
    if (v44.length > 5000 && tooLong(v44, 5000)) return false;
  }
  const v45 = v.invoice_pdf;
  if (v45 !== undefined && v45 !== null) {
    if (typeof v45 !== "string") return false;
    if (v45.length > 5000 && tooLong(v45, 5000)) return false;
  }
  const v46 = v.last_finalization_error;
  if (v46 !== undefined && v46 !== null) {
    if (!testApiErrors(v46, c)) return false;
  }
  const v47 = v.latest_revision;
  if (v47 !== undefined && v47 !== null) {
    if (typeof v47 === "string") {
      if (v47.length > 5000 && tooLong(v47, 5000)) return false;
    } else if (isObject(v47)) {
      if (!test(v47, c)) return false;
    } else {
      return false;
    }
  }
  const v48 = v.lines;
  if (!isObject(v48)) return false;
  const v49 = v48.data;
  if (!isArray(v49)) return false;
  for (let i5 = 0; i5 < v49.length; i5++) {
    const v50 = v49[i5];
    if (!testLineItem(v50, c)) return false;
  }
  const v51 = v48.has_more;
  if (typeof v51 !== "boolean") return false;
  const v52 = v48.object;
  if (v52 !== "list") return false;
  const v53 = v48.url;
  if (typeof v53 !== "string") return false;
  if (v53.length > 5000 && tooLong(v53, 5000)) return false;
  const v54 = v.livemode;
  if (typeof v54 !== "boolean") return false;
  const v55 = v.metadata;
  if (v55 !== undefined && v55 !== null) {
    if (!isObject(v55)) return false;
    for (const k3 of Object.keys(v55)) {
      const v56 = entry(v55, k3);
      if (typeof v56 !== "string") return false;
      if (v56.length > 500 && tooLong(v56, 500)) return false;
    }
  }
  const v57 = v.next_payment_attempt;
  if (v57 !== undefined && v57 !== null) {
    if (!isInt(v57)) return false;
  }
  const v58 = v.number;
  if (v58 !== undefined && v58 !== null) {
    if (typeof v58 !== "string") return false;
    if (v58.length > 5000 && tooLong(v58, 5000)) return false;
  }
  const v59 = v.object;
  if (v59 !== "invoice") return false;
  const v60 = v.on_behalf_of;
  if (v60 !== undefined && v60 !== null) {
    if (typeof v60 === "string") {
      if (v60.length > 5000 && tooLong(v60, 5000)) return false;
    } else if (isObject(v60)) {
      if (!testAccount(v60, c)) return false;
    } else {
      return false;
    }
  }
  const v61 = v.paid;
  if (typeof v61 !== "boolean") return false;
  const v62 = v.paid_out_of_band;
  if (typeof v62 !== "boolean") return false;
  const v63 = v.payment_intent;
  if (v63 !== undefined && v63 !== null) {
    if (typeof v63 === "string") {
      if (v63.length > 5000 && tooLong(v63, 5000)) return false;
    } else if (isObject(v63)) {
      if (!testPaymentIntent(v63, c)) return false;
    } else {
      return false;
    }
  }
  const v64 = v.payment_settings;
  if (!testInvoicesPaymentSettings(v64, c)) return false;
  const v65 = v.period_end;
  if (!isInt(v65)) return false;
  const v66 = v.period_start;
  if (!isInt(v66)) return false;
  const v67 = v.post_payment_credit_notes_amount;
  if (!isInt(v67)) return false;
  const v68 = v.pre_payment_credit_notes_amount;
  if (!isInt(v68)) return false;
  const v69 = v.quote;
  if (v69 !== undefined && v69 !== null) {
    if (typeof v69 === "string") {
      if (v69.length > 5000 && tooLong(v69, 5000)) return false;
    } else if (isObject(v69)) {
      if (!testQuote(v69, c)) return false;
    } else {
      return false;
    }
  }
  const v70 = v.receipt_number;
  if (v70 !== undefined && v70 !== null) {
    if (typeof v70 !== "string") return false;
    if (v70.length > 5000 && tooLong(v70, 5000)) return false;
  }
  const v71 = v.rendering_options;
  if (v71 !== undefined && v71 !== null) {
    if (!testInvoiceSettingRenderingOptions(v71, c)) return false;
  }
  const v72 = v.shipping_cost;
  if (v72 !== undefined && v72 !== null) {
    if (!testInvoicesShippingCost(v72, c)) return false;
  }
  const v73 = v.shipping_details;
  if (v73 !== undefined && v73 !== null) {
    if (!testShipping(v73, c)) return false;
  }
  const v74 = v.starting_balance;
  if (!isInt(v74)) return false;
  const v75 = v.statement_descriptor;
  if (v75 !== undefined && v75 !== null) {
    if (typeof v75 !== "string") return false;
    if (v75.length > 5000 && tooLong(v75, 5000)) return false;
  }
  const v76 = v.status;
  if (v76 !== undefined && v76 !== null) {
    if (typeof v76 !== "string") return false;
  }
  const v77 = v.status_transitions;
  if (!testInvoicesStatusTransitions(v77, c)) return false;
  const v78 = v.subscription;
  if (v78 !== undefined && v78 !== null) {
    if (typeof v78 === "string") {
      if (v78.length > 5000 && tooLong(v78, 5000)) return false;
    } else if (isObject(v78)) {
      if (!testSubscription(v78, c)) return false;
    } else {
      return false;
    }
  }
  const v79 = v.subscription_details;
  if (v79 !== undefined && v79 !== null) {
    if (!testSubscriptionDetailsData(v79, c)) return false;
  }
  const v80 = v.subscription_proration_date;
  if (v80 !== undefined) {
    if (!isInt(v80)) return false;
  }
  const v81 = v.subtotal;
  if (!isInt(v81)) return false;
  const v82 = v.subtotal_excluding_tax;
  if (v82 !== undefined && v82 !== null) {
    if (!isInt(v82)) return false;
  }
  const v83 = v.tax;
  if (v83 !== undefined && v83 !== null) {
    if (!isInt(v83)) return false;
  }
  const v84 = v.test_clock;
  if (v84 !== undefined && v84 !== null) {
    if (typeof v84 === "string") {
      if (v84.length > 5000 && tooLong(v84, 5000)) return false;
    } else if (isObject(v84)) {
      if (!testTestHelpersTestClock(v84, c)) return false;
    } else {
      return false;
    }
  }
  const v85 = v.threshold_reason;
  if (v85 !== undefined) {
    if (!testInvoiceThresholdReason(v85, c)) return false;
  }
  const v86 = v.total;
  if (!isInt(v86)) return false;
  const v87 = v.total_discount_amounts;
  if (v87 !== undefined && v87 !== null) {
    if (!isArray(v87)) return false;
    for (let i6 = 0; i6 < v87.length; i6++) {
      const v88 = v87[i6];
      if (!testDiscountsResourceDiscountAmount(v88, c)) return false;
    }
  }
  const v89 = v.total_excluding_tax;
  if (v89 !== undefined && v89 !== null) {
    if (!isInt(v89)) return false;
  }
  const v90 = v.total_tax_amounts;
  if (!isArray(v90)) return false;
  for (let i7 = 0; i7 < v90.length; i7++) {
    const v91 = v90[i7];
    if (!testInvoiceTaxAmount(v91, c)) return false;
  }
  const v92 = v.transfer_data;
  if (v92 !== undefined && v92 !== null) {
    if (!testInvoiceTransferData(v92, c)) return false;
  }
  const v93 = v.webhooks_delivered_at;
  if (v93 !== undefined && v93 !== null) {
    if (!isInt(v93)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    account_country: opt(nul(str())),
    account_name: opt(nul(str())),
    account_tax_ids: opt(
      nul(list(union(str(), ref(TaxId), ref(DeletedTaxId)))),
    ),
    amount_due: req(int()),
    amount_paid: req(int()),
    amount_remaining: req(int()),
    amount_shipping: req(int()),
    application: opt(
      nul(union(str(), ref(Application), ref(DeletedApplication))),
    ),
    application_fee_amount: opt(nul(int())),
    attempt_count: req(int()),
    attempted: req(bool()),
    auto_advance: opt(bool()),
    automatic_tax: req(ref(AutomaticTax)),
    billing_reason: opt(nul(oneOf(e0))),
    charge: opt(nul(union(str(), ref(Charge)))),
    collection_method: req(oneOf(e1)),
    created: req(int("unix-time")),
    currency: req(str()),
    custom_fields: opt(nul(list(ref(InvoiceSettingCustomField)))),
    customer: opt(nul(union(str(), ref(Customer), ref(DeletedCustomer)))),
    customer_address: opt(nul(ref(Address))),
    customer_email: opt(nul(str())),
    customer_name: opt(nul(str())),
    customer_phone: opt(nul(str())),
    customer_shipping: opt(nul(ref(Shipping))),
    customer_tax_exempt: opt(nul(oneOf(e2))),
    customer_tax_ids: opt(nul(list(ref(InvoicesResourceInvoiceTaxId)))),
    default_payment_method: opt(nul(union(str(), ref(PaymentMethod)))),
    default_source: opt(
      nul(union(str(), ref(BankAccount), ref(Card), ref(Source))),
    ),
    default_tax_rates: req(list(ref(TaxRate))),
    description: opt(nul(str())),
    discount: opt(nul(ref(Discount))),
    discounts: opt(
      nul(list(union(str(), ref(Discount), ref(DeletedDiscount)))),
    ),
    due_date: opt(nul(int("unix-time"))),
    effective_at: opt(nul(int("unix-time"))),
    ending_balance: opt(nul(int())),
    footer: opt(nul(str())),
    from_invoice: opt(nul(ref(InvoicesFromInvoice))),
    hosted_invoice_url: opt(nul(str())),
    id: opt(str()),
    invoice_pdf: opt(nul(str())),
    last_finalization_error: opt(nul(ref(ApiErrors))),
    latest_revision: opt(nul(union(str(), ref(schema)))),
    lines: req(
      obj({
        data: req(list(ref(LineItem))),
        has_more: req(bool()),
        object: req(oneOf(e3)),
        url: req(str()),
      }),
    ),
    livemode: req(bool()),
    metadata: opt(nul(obj({}, str()))),
    next_payment_attempt: opt(nul(int("unix-time"))),
    number: opt(nul(str())),
    object: req(oneOf(e4)),
    on_behalf_of: opt(nul(union(str(), ref(Account)))),
    paid: req(bool()),
    paid_out_of_band: req(bool()),
    payment_intent: opt(nul(union(str(), ref(PaymentIntent)))),
    payment_settings: req(ref(InvoicesPaymentSettings)),
    period_end: req(int("unix-time")),
    period_start: req(int("unix-time")),
    post_payment_credit_notes_amount: req(int()),
    pre_payment_credit_notes_amount: req(int()),
    quote: opt(nul(union(str(), ref(Quote)))),
    receipt_number: opt(nul(str())),
    rendering_options: opt(nul(ref(InvoiceSettingRenderingOptions))),
    shipping_cost: opt(nul(ref(InvoicesShippingCost))),
    shipping_details: opt(nul(ref(Shipping))),
    starting_balance: req(int()),
    statement_descriptor: opt(nul(str())),
    status: opt(nul(oneOf(e5, true))),
    status_transitions: req(ref(InvoicesStatusTransitions)),
    subscription: opt(nul(union(str(), ref(Subscription)))),
    subscription_details: opt(nul(ref(SubscriptionDetailsData))),
    subscription_proration_date: opt(int()),
    subtotal: req(int()),
    subtotal_excluding_tax: opt(nul(int())),
    tax: opt(nul(int())),
    test_clock: opt(nul(union(str(), ref(TestHelpersTestClock)))),
    threshold_reason: opt(ref(InvoiceThresholdReason)),
    total: req(int()),
    total_discount_amounts: opt(
      nul(list(ref(DiscountsResourceDiscountAmount))),
    ),
    total_excluding_tax: opt(nul(int())),
    total_tax_amounts: req(list(ref(InvoiceTaxAmount))),
    transfer_data: opt(nul(ref(InvoiceTransferData))),
    webhooks_delivered_at: opt(nul(int("unix-time"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoice",
  branch: "invoice",
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
  schema as Invoice,
  validateInput as validateInvoice,
  isValid as isInvoice,
  check as checkInvoice,
  test as testInvoice,
};
