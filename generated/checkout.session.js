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
import {
  CheckoutSessionPaymentMethodOptions,
  checkCheckoutSessionPaymentMethodOptions,
  testCheckoutSessionPaymentMethodOptions,
} from "./checkout_session_payment_method_options.js";
import { Customer, checkCustomer, testCustomer } from "./customer.js";
import {
  DeletedCustomer,
  checkDeletedCustomer,
  testDeletedCustomer,
} from "./deleted_customer.js";
import { Invoice, checkInvoice, testInvoice } from "./invoice.js";
import { Item, checkItem, testItem } from "./item.js";
import {
  PaymentIntent,
  checkPaymentIntent,
  testPaymentIntent,
} from "./payment_intent.js";
import {
  PaymentLink,
  checkPaymentLink,
  testPaymentLink,
} from "./payment_link.js";
import {
  PaymentPagesCheckoutSessionAfterExpiration,
  checkPaymentPagesCheckoutSessionAfterExpiration,
  testPaymentPagesCheckoutSessionAfterExpiration,
} from "./payment_pages_checkout_session_after_expiration.js";
import {
  PaymentPagesCheckoutSessionAutomaticTax,
  checkPaymentPagesCheckoutSessionAutomaticTax,
  testPaymentPagesCheckoutSessionAutomaticTax,
} from "./payment_pages_checkout_session_automatic_tax.js";
import {
  PaymentPagesCheckoutSessionConsent,
  checkPaymentPagesCheckoutSessionConsent,
  testPaymentPagesCheckoutSessionConsent,
} from "./payment_pages_checkout_session_consent.js";
import {
  PaymentPagesCheckoutSessionConsentCollection,
  checkPaymentPagesCheckoutSessionConsentCollection,
  testPaymentPagesCheckoutSessionConsentCollection,
} from "./payment_pages_checkout_session_consent_collection.js";
import {
  PaymentPagesCheckoutSessionCurrencyConversion,
  checkPaymentPagesCheckoutSessionCurrencyConversion,
  testPaymentPagesCheckoutSessionCurrencyConversion,
} from "./payment_pages_checkout_session_currency_conversion.js";
import {
  PaymentPagesCheckoutSessionCustomFields,
  checkPaymentPagesCheckoutSessionCustomFields,
  testPaymentPagesCheckoutSessionCustomFields,
} from "./payment_pages_checkout_session_custom_fields.js";
import {
  PaymentPagesCheckoutSessionCustomText,
  checkPaymentPagesCheckoutSessionCustomText,
  testPaymentPagesCheckoutSessionCustomText,
} from "./payment_pages_checkout_session_custom_text.js";
import {
  PaymentPagesCheckoutSessionCustomerDetails,
  checkPaymentPagesCheckoutSessionCustomerDetails,
  testPaymentPagesCheckoutSessionCustomerDetails,
} from "./payment_pages_checkout_session_customer_details.js";
import {
  PaymentPagesCheckoutSessionInvoiceCreation,
  checkPaymentPagesCheckoutSessionInvoiceCreation,
  testPaymentPagesCheckoutSessionInvoiceCreation,
} from "./payment_pages_checkout_session_invoice_creation.js";
import {
  PaymentPagesCheckoutSessionPhoneNumberCollection,
  checkPaymentPagesCheckoutSessionPhoneNumberCollection,
  testPaymentPagesCheckoutSessionPhoneNumberCollection,
} from "./payment_pages_checkout_session_phone_number_collection.js";
import {
  PaymentPagesCheckoutSessionShippingAddressCollection,
  checkPaymentPagesCheckoutSessionShippingAddressCollection,
  testPaymentPagesCheckoutSessionShippingAddressCollection,
} from "./payment_pages_checkout_session_shipping_address_collection.js";
import {
  PaymentPagesCheckoutSessionShippingCost,
  checkPaymentPagesCheckoutSessionShippingCost,
  testPaymentPagesCheckoutSessionShippingCost,
} from "./payment_pages_checkout_session_shipping_cost.js";
import {
  PaymentPagesCheckoutSessionShippingOption,
  checkPaymentPagesCheckoutSessionShippingOption,
  testPaymentPagesCheckoutSessionShippingOption,
} from "./payment_pages_checkout_session_shipping_option.js";
import {
  PaymentPagesCheckoutSessionTaxIdCollection,
  checkPaymentPagesCheckoutSessionTaxIdCollection,
  testPaymentPagesCheckoutSessionTaxIdCollection,
} from "./payment_pages_checkout_session_tax_id_collection.js";
import {
  PaymentPagesCheckoutSessionTotalDetails,
  checkPaymentPagesCheckoutSessionTotalDetails,
  testPaymentPagesCheckoutSessionTotalDetails,
} from "./payment_pages_checkout_session_total_details.js";
import {
  SetupIntent,
  checkSetupIntent,
  testSetupIntent,
} from "./setup_intent.js";
import { Shipping, checkShipping, testShipping } from "./shipping.js";
import {
  Subscription,
  checkSubscription,
  testSubscription,
} from "./subscription.js";

const e0 = /* @__PURE__ */ set(["auto", "required"]);
const d0 = /* @__PURE__ */ branches(() => [
  ["customer", checkCustomer, "customer"],
  ["deleted_customer", checkDeletedCustomer, "customer#deleted"],
]);
const e1 = /* @__PURE__ */ set(["always", "if_required"]);
const e2 = /* @__PURE__ */ set(["list"]);
const k0 = /* @__PURE__ */ set(["data", "has_more", "object", "url"]);
const e3 = /* @__PURE__ */ set(["payment", "setup", "subscription"]);
const e4 = /* @__PURE__ */ set(["checkout.session"]);
const e5 = /* @__PURE__ */ set(["no_payment_required", "paid", "unpaid"]);
const e6 = /* @__PURE__ */ set(["complete", "expired", "open"]);
const e7 = /* @__PURE__ */ set(["auto", "book", "donate", "pay"]);
const k2 = /* @__PURE__ */ set([
  "after_expiration",
  "allow_promotion_codes",
  "amount_subtotal",
  "amount_total",
  "automatic_tax",
  "billing_address_collection",
  "cancel_url",
  "client_reference_id",
  "consent",
  "consent_collection",
  "created",
  "currency",
  "currency_conversion",
  "custom_fields",
  "custom_text",
  "customer",
  "customer_creation",
  "customer_details",
  "customer_email",
  "expires_at",
  "id",
  "invoice",
  "invoice_creation",
  "line_items",
  "livemode",
  "locale",
  "metadata",
  "mode",
  "object",
  "payment_intent",
  "payment_link",
  "payment_method_collection",
  "payment_method_options",
  "payment_method_types",
  "payment_status",
  "phone_number_collection",
  "recovered_from",
  "setup_intent",
  "shipping_address_collection",
  "shipping_cost",
  "shipping_details",
  "shipping_options",
  "status",
  "submit_type",
  "subscription",
  "success_url",
  "tax_id_collection",
  "total_details",
  "url",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testCustomer, "customer"],
  [testDeletedCustomer, "customer#deleted"],
]);
const e8 = /* @__PURE__ */ set([
  "auto",
  "bg",
  "cs",
  "da",
  "de",
  "el",
  "en",
  "en-GB",
  "es",
  "es-419",
  "et",
  "fi",
  "fil",
  "fr",
  "fr-CA",
  "hr",
  "hu",
  "id",
  "it",
  "ja",
  "ko",
  "lt",
  "lv",
  "ms",
  "mt",
  "nb",
  "nl",
  "pl",
  "pt",
  "pt-BR",
  "ro",
  "ru",
  "sk",
  "sl",
  "sv",
  "th",
  "tr",
  "vi",
  "zh",
  "zh-HK",
  "zh-TW",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.after_expiration;
  if (v0 !== undefined && v0 !== null) {
    ok = into(
      c,
      checkPaymentPagesCheckoutSessionAfterExpiration,
      v0,
      ok,
      "after_expiration",
    );
  }
  const v1 = v.allow_promotion_codes;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "boolean") {
      ok = wrongType(c, ["allow_promotion_codes"], "boolean", v1);
    }
  }
  const v2 = v.amount_subtotal;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) {
      ok = wrongType(c, ["amount_subtotal"], "integer", v2);
    }
  }
  const v3 = v.amount_total;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) {
      ok = wrongType(c, ["amount_total"], "integer", v3);
    }
  }
  const v4 = v.automatic_tax;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["automatic_tax"], v4, ok);
  } else {
    ok = into(
      c,
      checkPaymentPagesCheckoutSessionAutomaticTax,
      v4,
      ok,
      "automatic_tax",
    );
  }
  const v5 = v.billing_address_collection;
  if (v5 !== undefined && v5 !== null) {
    if (!e0.has(v5)) {
      ok = notInEnum(c, ["billing_address_collection"], e0, v5, ok);
    }
  }
  const v6 = v.cancel_url;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["cancel_url"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["cancel_url"], 5000, v6);
    }
  }
  const v7 = v.client_reference_id;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["client_reference_id"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["client_reference_id"], 5000, v7);
    }
  }
  const v8 = v.consent;
  if (v8 !== undefined && v8 !== null) {
    ok = into(c, checkPaymentPagesCheckoutSessionConsent, v8, ok, "consent");
  }
  const v9 = v.consent_collection;
  if (v9 !== undefined && v9 !== null) {
    ok = into(
      c,
      checkPaymentPagesCheckoutSessionConsentCollection,
      v9,
      ok,
      "consent_collection",
    );
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
  if (v11 !== undefined && v11 !== null) {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["currency"], "string", v11);
    }
  }
  const v12 = v.currency_conversion;
  if (v12 !== undefined && v12 !== null) {
    ok = into(
      c,
      checkPaymentPagesCheckoutSessionCurrencyConversion,
      v12,
      ok,
      "currency_conversion",
    );
  }
  const v13 = v.custom_fields;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["custom_fields"], v13, ok);
  } else {
    if (!isArray(v13)) {
      ok = wrongType(c, ["custom_fields"], "array", v13);
    } else {
      for (let i0 = 0; i0 < v13.length; i0++) {
        const v14 = v13[i0];
        ok = into(
          c,
          checkPaymentPagesCheckoutSessionCustomFields,
          v14,
          ok,
          "custom_fields",
          i0,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v15 = v.custom_text;
  if (v15 === undefined || v15 === null) {
    ok = missing(c, ["custom_text"], v15, ok);
  } else {
    ok = into(
      c,
      checkPaymentPagesCheckoutSessionCustomText,
      v15,
      ok,
      "custom_text",
    );
  }
  const v16 = v.customer;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 === "string") {
      if (v16.length > 5000 && tooLong(v16, 5000)) {
        ok = longFail(c, ["customer"], 5000, v16);
      }
    } else if (isObject(v16)) {
      ok = into(c, d0, v16, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v16);
    }
  }
  const v17 = v.customer_creation;
  if (v17 !== undefined && v17 !== null) {
    if (!e1.has(v17)) {
      ok = notInEnum(c, ["customer_creation"], e1, v17, ok);
    }
  }
  const v18 = v.customer_details;
  if (v18 !== undefined && v18 !== null) {
    ok = into(
      c,
      checkPaymentPagesCheckoutSessionCustomerDetails,
      v18,
      ok,
      "customer_details",
    );
  }
  const v19 = v.customer_email;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 !== "string") {
      ok = wrongType(c, ["customer_email"], "string", v19);
    } else if (v19.length > 5000 && tooLong(v19, 5000)) {
      ok = longFail(c, ["customer_email"], 5000, v19);
    }
  }
  const v20 = v.expires_at;
  if (v20 === undefined || v20 === null) {
    ok = missing(c, ["expires_at"], v20, ok);
  } else {
    if (!isInt(v20)) {
      ok = wrongType(c, ["expires_at"], "integer", v20);
    }
  }
  const v21 = v.id;
  if (v21 === undefined || v21 === null) {
    ok = missing(c, ["id"], v21, ok);
  } else {
    if (typeof v21 !== "string") {
      ok = wrongType(c, ["id"], "string", v21);
    } else if (v21.length > 5000 && tooLong(v21, 5000)) {
      ok = longFail(c, ["id"], 5000, v21);
    }
  }
  const v22 = v.invoice;
  if (v22 !== undefined && v22 !== null) {
    if (typeof v22 === "string") {
      if (v22.length > 5000 && tooLong(v22, 5000)) {
        ok = longFail(c, ["invoice"], 5000, v22);
      }
    } else if (isObject(v22)) {
      ok = into(c, checkInvoice, v22, ok, "invoice");
    } else {
      ok = wrongType(c, ["invoice"], "string | object", v22);
    }
  }
  const v23 = v.invoice_creation;
  if (v23 !== undefined && v23 !== null) {
    ok = into(
      c,
      checkPaymentPagesCheckoutSessionInvoiceCreation,
      v23,
      ok,
      "invoice_creation",
    );
  }
  const v24 = v.line_items;
  if (v24 !== undefined) {
    if (!isObject(v24)) {
      ok = wrongType(c, ["line_items"], "object", v24);
    } else {
      const v25 = v24.data;
      if (v25 === undefined || v25 === null) {
        ok = missing(c, ["line_items", "data"], v25, ok);
      } else {
        if (!isArray(v25)) {
          ok = wrongType(c, ["line_items", "data"], "array", v25);
        } else {
          for (let i1 = 0; i1 < v25.length; i1++) {
            const v26 = v25[i1];
            ok = into(c, checkItem, v26, ok, "line_items", "data", i1);
            if (!ok && full(c)) break;
          }
        }
      }
      const v27 = v24.has_more;
      if (v27 === undefined || v27 === null) {
        ok = missing(c, ["line_items", "has_more"], v27, ok);
      } else {
        if (typeof v27 !== "boolean") {
          ok = wrongType(c, ["line_items", "has_more"], "boolean", v27);
        }
      }
      const v28 = v24.object;
      if (v28 === undefined || v28 === null) {
        ok = missing(c, ["line_items", "object"], v28, ok);
      } else {
        if (!e2.has(v28)) {
          ok = notInEnum(c, ["line_items", "object"], e2, v28, ok);
        }
      }
      const v29 = v24.url;
      if (v29 === undefined || v29 === null) {
        ok = missing(c, ["line_items", "url"], v29, ok);
      } else {
        if (typeof v29 !== "string") {
          ok = wrongType(c, ["line_items", "url"], "string", v29);
        } else if (v29.length > 5000 && tooLong(v29, 5000)) {
          ok = longFail(c, ["line_items", "url"], 5000, v29);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["line_items"], v24, k0, ok);
      }
    }
  }
  const v30 = v.livemode;
  if (v30 === undefined || v30 === null) {
    ok = missing(c, ["livemode"], v30, ok);
  } else {
    if (typeof v30 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v30);
    }
  }
  const v31 = v.locale;
  if (v31 !== undefined && v31 !== null) {
    if (typeof v31 !== "string") {
      ok = wrongType(c, ["locale"], "string", v31);
    }
  }
  const v32 = v.metadata;
  if (v32 !== undefined && v32 !== null) {
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
  const v34 = v.mode;
  if (v34 === undefined || v34 === null) {
    ok = missing(c, ["mode"], v34, ok);
  } else {
    if (!e3.has(v34)) {
      ok = notInEnum(c, ["mode"], e3, v34, ok);
    }
  }
  const v35 = v.object;
  if (v35 === undefined || v35 === null) {
    ok = missing(c, ["object"], v35, ok);
  } else {
    if (!e4.has(v35)) {
      ok = notInEnum(c, ["object"], e4, v35, ok);
    }
  }
  const v36 = v.payment_intent;
  if (v36 !== undefined && v36 !== null) {
    if (typeof v36 === "string") {
      if (v36.length > 5000 && tooLong(v36, 5000)) {
        ok = longFail(c, ["payment_intent"], 5000, v36);
      }
    } else if (isObject(v36)) {
      ok = into(c, checkPaymentIntent, v36, ok, "payment_intent");
    } else {
      ok = wrongType(c, ["payment_intent"], "string | object", v36);
    }
  }
  const v37 = v.payment_link;
  if (v37 !== undefined && v37 !== null) {
    if (typeof v37 === "string") {
      if (v37.length > 5000 && tooLong(v37, 5000)) {
        ok = longFail(c, ["payment_link"], 5000, v37);
      }
    } else if (isObject(v37)) {
      ok = into(c, checkPaymentLink, v37, ok, "payment_link");
    } else {
      ok = wrongType(c, ["payment_link"], "string | object", v37);
    }
  }
  const v38 = v.payment_method_collection;
  if (v38 !== undefined && v38 !== null) {
    if (!e1.has(v38)) {
      ok = notInEnum(c, ["payment_method_collection"], e1, v38, ok);
    }
  }
  const v39 = v.payment_method_options;
  if (v39 !== undefined && v39 !== null) {
    ok = into(
      c,
      checkCheckoutSessionPaymentMethodOptions,
      v39,
      ok,
      "payment_method_options",
    );
  }
  const v40 = v.payment_method_types;
  if (v40 === undefined || v40 === null) {
    ok = missing(c, ["payment_method_types"], v40, ok);
  } else {
    if (!isArray(v40)) {
      ok = wrongType(c, ["payment_method_types"], "array", v40);
    } else {
      for (let i2 = 0; i2 < v40.length; i2++) {
        const v41 = v40[i2];
        if (typeof v41 !== "string") {
          ok = wrongType(c, ["payment_method_types", i2], "string", v41);
        } else if (v41.length > 5000 && tooLong(v41, 5000)) {
          ok = longFail(c, ["payment_method_types", i2], 5000, v41);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v42 = v.payment_status;
  if (v42 === undefined || v42 === null) {
    ok = missing(c, ["payment_status"], v42, ok);
  } else {
    if (!e5.has(v42)) {
      ok = notInEnum(c, ["payment_status"], e5, v42, ok);
    }
  }
  const v43 = v.phone_number_collection;
  if (v43 !== undefined) {
    ok = into(
      c,
      checkPaymentPagesCheckoutSessionPhoneNumberCollection,
      v43,
      ok,
      "phone_number_collection",
    );
  }
  const v44 = v.recovered_from;
  if (v44 !== undefined && v44 !== null) {
    if (typeof v44 !== "string") {
      ok = wrongType(c, ["recovered_from"], "string", v44);
    } else if (v44.length > 5000 && tooLong(v44, 5000)) {
      ok = longFail(c, ["recovered_from"], 5000, v44);
    }
  }
  const v45 = v.setup_intent;
  if (v45 !== undefined && v45 !== null) {
    if (typeof v45 === "string") {
      if (v45.length > 5000 && tooLong(v45, 5000)) {
        ok = longFail(c, ["setup_intent"], 5000, v45);
      }
    } else if (isObject(v45)) {
      ok = into(c, checkSetupIntent, v45, ok, "setup_intent");
    } else {
      ok = wrongType(c, ["setup_intent"], "string | object", v45);
    }
  }
  const v46 = v.shipping_address_collection;
  if (v46 !== undefined && v46 !== null) {
    ok = into(
      c,
      checkPaymentPagesCheckoutSessionShippingAddressCollection,
      v46,
      ok,
      "shipping_address_collection",
    );
  }
  const v47 = v.shipping_cost;
  if (v47 !== undefined && v47 !== null) {
    ok = into(
      c,
      checkPaymentPagesCheckoutSessionShippingCost,
      v47,
      ok,
      "shipping_cost",
    );
  }
  const v48 = v.shipping_details;
  if (v48 !== undefined && v48 !== null) {
    ok = into(c, checkShipping, v48, ok, "shipping_details");
  }
  const v49 = v.shipping_options;
  if (v49 === undefined || v49 === null) {
    ok = missing(c, ["shipping_options"], v49, ok);
  } else {
    if (!isArray(v49)) {
      ok = wrongType(c, ["shipping_options"], "array", v49);
    } else {
      for (let i3 = 0; i3 < v49.length; i3++) {
        const v50 = v49[i3];
        ok = into(
          c,
          checkPaymentPagesCheckoutSessionShippingOption,
          v50,
          ok,
          "shipping_options",
          i3,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v51 = v.status;
  if (v51 !== undefined && v51 !== null) {
    if (!e6.has(v51)) {
      ok = notInEnum(c, ["status"], e6, v51, ok);
    }
  }
  const v52 = v.submit_type;
  if (v52 !== undefined && v52 !== null) {
    if (!e7.has(v52)) {
      ok = notInEnum(c, ["submit_type"], e7, v52, ok);
    }
  }
  const v53 = v.subscription;
  if (v53 !== undefined && v53 !== null) {
    if (typeof v53 === "string") {
      if (v53.length > 5000 && tooLong(v53, 5000)) {
        ok = longFail(c, ["subscription"], 5000, v53);
      }
    } else if (isObject(v53)) {
      ok = into(c, checkSubscription, v53, ok, "subscription");
    } else {
      ok = wrongType(c, ["subscription"], "string | object", v53);
    }
  }
  const v54 = v.success_url;
  if (v54 !== undefined && v54 !== null) {
    if (typeof v54 !== "string") {
      ok = wrongType(c, ["success_url"], "string", v54);
    } else if (v54.length > 5000 && tooLong(v54, 5000)) {
      ok = longFail(c, ["success_url"], 5000, v54);
    }
  }
  const v55 = v.tax_id_collection;
  if (v55 !== undefined) {
    ok = into(
      c,
      checkPaymentPagesCheckoutSessionTaxIdCollection,
      v55,
      ok,
      "tax_id_collection",
    );
  }
  const v56 = v.total_details;
  if (v56 !== undefined && v56 !== null) {
    ok = into(
      c,
      checkPaymentPagesCheckoutSessionTotalDetails,
      v56,
      ok,
      "total_details",
    );
  }
  const v57 = v.url;
  if (v57 !== undefined && v57 !== null) {
    if (typeof v57 !== "string") {
      ok = wrongType(c, ["url"], "string", v57);
    } else if (v57.length > 5000 && tooLong(v57, 5000)) {
      ok = longFail(c, ["url"], 5000, v57);
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
  const v0 = v.after_expiration;
  if (v0 !== undefined && v0 !== null) {
    if (!testPaymentPagesCheckoutSessionAfterExpiration(v0, c)) return false;
  }
  const v1 = v.allow_promotion_codes;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "boolean") return false;
  }
  const v2 = v.amount_subtotal;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) return false;
  }
  const v3 = v.amount_total;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) return false;
  }
  const v4 = v.automatic_tax;
  if (!testPaymentPagesCheckoutSessionAutomaticTax(v4, c)) return false;
  const v5 = v.billing_address_collection;
  if (v5 !== undefined && v5 !== null) {
    if (!e0.has(v5)) return false;
  }
  const v6 = v.cancel_url;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.client_reference_id;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.consent;
  if (v8 !== undefined && v8 !== null) {
    if (!testPaymentPagesCheckoutSessionConsent(v8, c)) return false;
  }
  const v9 = v.consent_collection;
  if (v9 !== undefined && v9 !== null) {
    if (!testPaymentPagesCheckoutSessionConsentCollection(v9, c)) return false;
  }
  const v10 = v.created;
  if (!isInt(v10)) return false;
  const v11 = v.currency;
  if (v11 !== undefined && v11 !== null) {
    if (typeof v11 !== "string") return false;
  }
  const v12 = v.currency_conversion;
  if (v12 !== undefined && v12 !== null) {
    if (!testPaymentPagesCheckoutSessionCurrencyConversion(v12, c))
      return false;
  }
  const v13 = v.custom_fields;
  if (!isArray(v13)) return false;
  for (let i0 = 0; i0 < v13.length; i0++) {
    const v14 = v13[i0];
    if (!testPaymentPagesCheckoutSessionCustomFields(v14, c)) return false;
  }
  const v15 = v.custom_text;
  if (!testPaymentPagesCheckoutSessionCustomText(v15, c)) return false;
  const v16 = v.customer;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 === "string") {
      if (v16.length > 5000 && tooLong(v16, 5000)) return false;
    } else if (isObject(v16)) {
      if (!d1(v16, c)) return false;
    } else {
      return false;
    }
  }
  const v17 = v.customer_creation;
  if (v17 !== undefined && v17 !== null) {
    if (!e1.has(v17)) return false;
  }
  const v18 = v.customer_details;
  if (v18 !== undefined && v18 !== null) {
    if (!testPaymentPagesCheckoutSessionCustomerDetails(v18, c)) return false;
  }
  const v19 = v.customer_email;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 !== "string") return false;
    if (v19.length > 5000 && tooLong(v19, 5000)) return false;
  }
  const v20 = v.expires_at;
  if (!isInt(v20)) return false;
  const v21 = v.id;
  if (typeof v21 !== "string") return false;
  if (v21.length > 5000 && tooLong(v21, 5000)) return false;
  const v22 = v.invoice;
  if (v22 !== undefined && v22 !== null) {
    if (typeof v22 === "string") {
      if (v22.length > 5000 && tooLong(v22, 5000)) return false;
    } else if (isObject(v22)) {
      if (!testInvoice(v22, c)) return false;
    } else {
      return false;
    }
  }
  const v23 = v.invoice_creation;
  if (v23 !== undefined && v23 !== null) {
    if (!testPaymentPagesCheckoutSessionInvoiceCreation(v23, c)) return false;
  }
  const v24 = v.line_items;
  if (v24 !== undefined) {
    if (!isObject(v24)) return false;
    const v25 = v24.data;
    if (!isArray(v25)) return false;
    for (let i1 = 0; i1 < v25.length; i1++) {
      const v26 = v25[i1];
      if (!testItem(v26, c)) return false;
    }
    const v27 = v24.has_more;
    if (typeof v27 !== "boolean") return false;
    const v28 = v24.object;
    if (v28 !== "list") return false;
    const v29 = v24.url;
    if (typeof v29 !== "string") return false;
    if (v29.length > 5000 && tooLong(v29, 5000)) return false;
  }
  const v30 = v.livemode;
  if (typeof v30 !== "boolean") return false;
  const v31 = v.locale;
  if (v31 !== undefined && v31 !== null) {
    if (typeof v31 !== "string") return false;
  }
  const v32 = v.metadata;
  if (v32 !== undefined && v32 !== null) {
    if (!isObject(v32)) return false;
    for (const k3 of Object.keys(v32)) {
      const v33 = entry(v32, k3);
      if (typeof v33 !== "string") return false;
      if (v33.length > 500 && tooLong(v33, 500)) return false;
    }
  }
  const v34 = v.mode;
  if (!e3.has(v34)) return false;
  const v35 = v.object;
  if (v35 !== "checkout.session") return false;
  const v36 = v.payment_intent;
  if (v36 !== undefined && v36 !== null) {
    if (typeof v36 === "string") {
      if (v36.length > 5000 && tooLong(v36, 5000)) return false;
    } else if (isObject(v36)) {
      if (!testPaymentIntent(v36, c)) return false;
    } else {
      return false;
    }
  }
  const v37 = v.payment_link;
  if (v37 !== undefined && v37 !== null) {
    if (typeof v37 === "string") {
      if (v37.length > 5000 && tooLong(v37, 5000)) return false;
    } else if (isObject(v37)) {
      if (!testPaymentLink(v37, c)) return false;
    } else {
      return false;
    }
  }
  const v38 = v.payment_method_collection;
  if (v38 !== undefined && v38 !== null) {
    if (!e1.has(v38)) return false;
  }
  const v39 = v.payment_method_options;
  if (v39 !== undefined && v39 !== null) {
    if (!testCheckoutSessionPaymentMethodOptions(v39, c)) return false;
  }
  const v40 = v.payment_method_types;
  if (!isArray(v40)) return false;
  for (let i2 = 0; i2 < v40.length; i2++) {
    const v41 = v40[i2];
    if (typeof v41 !== "string") return false;
    if (v41.length > 5000 && tooLong(v41, 5000)) return false;
  }
  const v42 = v.payment_status;
  if (!e5.has(v42)) return false;
  const v43 = v.phone_number_collection;
  if (v43 !== undefined) {
    if (!testPaymentPagesCheckoutSessionPhoneNumberCollection(v43, c))
      return false;
  }
  const v44 = v.recovered_from;
  if (v44 !== undefined && v44 !== null) {
    if (typeof v44 !== "string") return false;
    if (v44.length > 5000 && tooLong(v44, 5000)) return false;
  }
  const v45 = v.setup_intent;
  if (v45 !== undefined && v45 !== null) {
    if (typeof v45 === "string") {
      if (v45.length > 5000 && tooLong(v45, 5000)) return false;
    } else if (isObject(v45)) {
      if (!testSetupIntent(v45, c)) return false;
    } else {
      return false;
    }
  }
  const v46 = v.shipping_address_collection;
  if (v46 !== undefined && v46 !== null) {
    if (!testPaymentPagesCheckoutSessionShippingAddressCollection(v46, c))
      return false;
  }
  const v47 = v.shipping_cost;
  if (v47 !== undefined && v47 !== null) {
    if (!testPaymentPagesCheckoutSessionShippingCost(v47, c)) return false;
  }
  const v48 = v.shipping_details;
  if (v48 !== undefined && v48 !== null) {
    if (!testShipping(v48, c)) return false;
  }
  const v49 = v.shipping_options;
  if (!isArray(v49)) return false;
  for (let i3 = 0; i3 < v49.length; i3++) {
    const v50 = v49[i3];
    if (!testPaymentPagesCheckoutSessionShippingOption(v50, c)) return false;
  }
  const v51 = v.status;
  if (v51 !== undefined && v51 !== null) {
    if (!e6.has(v51)) return false;
  }
  const v52 = v.submit_type;
  if (v52 !== undefined && v52 !== null) {
    if (!e7.has(v52)) return false;
  }
  const v53 = v.subscription;
  if (v53 !== undefined && v53 !== null) {
    if (typeof v53 === "string") {
      if (v53.length > 5000 && tooLong(v53, 5000)) return false;
    } else if (isObject(v53)) {
      if (!testSubscription(v53, c)) return false;
    } else {
      return false;
    }
  }
  const v54 = v.success_url;
  if (v54 !== undefined && v54 !== null) {
    if (typeof v54 !== "string") return false;
    if (v54.length > 5000 && tooLong(v54, 5000)) return false;
  }
  const v55 = v.tax_id_collection;
  if (v55 !== undefined) {
    if (!testPaymentPagesCheckoutSessionTaxIdCollection(v55, c)) return false;
  }
  const v56 = v.total_details;
  if (v56 !== undefined && v56 !== null) {
    if (!testPaymentPagesCheckoutSessionTotalDetails(v56, c)) return false;
  }
  const v57 = v.url;
  if (v57 !== undefined && v57 !== null) {
    if (typeof v57 !== "string") return false;
    if (v57.length > 5000 && tooLong(v57, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    after_expiration: opt(nul(ref(PaymentPagesCheckoutSessionAfterExpiration))),
    allow_promotion_codes: opt(nul(bool())),
    amount_subtotal: opt(nul(int())),
    amount_total: opt(nul(int())),
    automatic_tax: req(ref(PaymentPagesCheckoutSessionAutomaticTax)),
    billing_address_collection: opt(nul(oneOf(e0))),
    cancel_url: opt(nul(str())),
    client_reference_id: opt(nul(str())),
    consent: opt(nul(ref(PaymentPagesCheckoutSessionConsent))),
    consent_collection: opt(
      nul(ref(PaymentPagesCheckoutSessionConsentCollection)),
    ),
    created: req(int("unix-time")),
    currency: opt(nul(str())),
    currency_conversion: opt(
      nul(ref(PaymentPagesCheckoutSessionCurrencyConversion)),
    ),
    custom_fields: req(list(ref(PaymentPagesCheckoutSessionCustomFields))),
    custom_text: req(ref(PaymentPagesCheckoutSessionCustomText)),
    customer: opt(nul(union(str(), ref(Customer), ref(DeletedCustomer)))),
    customer_creation: opt(nul(oneOf(e1))),
    customer_details: opt(nul(ref(PaymentPagesCheckoutSessionCustomerDetails))),
    customer_email: opt(nul(str())),
    expires_at: req(int("unix-time")),
    id: req(str()),
    invoice: opt(nul(union(str(), ref(Invoice)))),
    invoice_creation: opt(nul(ref(PaymentPagesCheckoutSessionInvoiceCreation))),
    line_items: opt(
      obj({
        data: req(list(ref(Item))),
        has_more: req(bool()),
        object: req(oneOf(e2)),
        url: req(str()),
      }),
    ),
    livemode: req(bool()),
    locale: opt(nul(oneOf(e8, true))),
    metadata: opt(nul(obj({}, str()))),
    mode: req(oneOf(e3)),
    object: req(oneOf(e4)),
    payment_intent: opt(nul(union(str(), ref(PaymentIntent)))),
    payment_link: opt(nul(union(str(), ref(PaymentLink)))),
    payment_method_collection: opt(nul(oneOf(e1))),
    payment_method_options: opt(nul(ref(CheckoutSessionPaymentMethodOptions))),
    payment_method_types: req(list(str())),
    payment_status: req(oneOf(e5)),
    phone_number_collection: opt(
      ref(PaymentPagesCheckoutSessionPhoneNumberCollection),
    ),
    recovered_from: opt(nul(str())),
    setup_intent: opt(nul(union(str(), ref(SetupIntent)))),
    shipping_address_collection: opt(
      nul(ref(PaymentPagesCheckoutSessionShippingAddressCollection)),
    ),
    shipping_cost: opt(nul(ref(PaymentPagesCheckoutSessionShippingCost))),
    shipping_details: opt(nul(ref(Shipping))),
    shipping_options: req(list(ref(PaymentPagesCheckoutSessionShippingOption))),
    status: opt(nul(oneOf(e6))),
    submit_type: opt(nul(oneOf(e7))),
    subscription: opt(nul(union(str(), ref(Subscription)))),
    success_url: opt(nul(str())),
    tax_id_collection: opt(ref(PaymentPagesCheckoutSessionTaxIdCollection)),
    total_details: opt(nul(ref(PaymentPagesCheckoutSessionTotalDetails))),
    url: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "checkout.session",
  branch: "checkout.session",
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
  schema as CheckoutSession,
  validateInput as validateCheckoutSession,
  isValid as isCheckoutSession,
  check as checkCheckoutSession,
  test as testCheckoutSession,
};
