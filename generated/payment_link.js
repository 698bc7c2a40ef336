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
  DeletedApplication,
  checkDeletedApplication,
  testDeletedApplication,
} from "./deleted_application.js";
import { Item, checkItem, testItem } from "./item.js";
import {
  PaymentLinksResourceAfterCompletion,
  checkPaymentLinksResourceAfterCompletion,
  testPaymentLinksResourceAfterCompletion,
} from "./payment_links_resource_after_completion.js";
import {
  PaymentLinksResourceAutomaticTax,
  checkPaymentLinksResourceAutomaticTax,
  testPaymentLinksResourceAutomaticTax,
} from "./payment_links_resource_automatic_tax.js";
import {
  PaymentLinksResourceConsentCollection,
  checkPaymentLinksResourceConsentCollection,
  testPaymentLinksResourceConsentCollection,
} from "./payment_links_resource_consent_collection.js";
import {
  PaymentLinksResourceCustomFields,
  checkPaymentLinksResourceCustomFields,
  testPaymentLinksResourceCustomFields,
} from "./payment_links_resource_custom_fields.js";
import {
  PaymentLinksResourceCustomText,
  checkPaymentLinksResourceCustomText,
  testPaymentLinksResourceCustomText,
} from "./payment_links_resource_custom_text.js";
import {
  PaymentLinksResourceInvoiceCreation,
  checkPaymentLinksResourceInvoiceCreation,
  testPaymentLinksResourceInvoiceCreation,
} from "./payment_links_resource_invoice_creation.js";
import {
  PaymentLinksResourcePaymentIntentData,
  checkPaymentLinksResourcePaymentIntentData,
  testPaymentLinksResourcePaymentIntentData,
} from "./payment_links_resource_payment_intent_data.js";
import {
  PaymentLinksResourcePhoneNumberCollection,
  checkPaymentLinksResourcePhoneNumberCollection,
  testPaymentLinksResourcePhoneNumberCollection,
} from "./payment_links_resource_phone_number_collection.js";
import {
  PaymentLinksResourceShippingAddressCollection,
  checkPaymentLinksResourceShippingAddressCollection,
  testPaymentLinksResourceShippingAddressCollection,
} from "./payment_links_resource_shipping_address_collection.js";
import {
  PaymentLinksResourceShippingOption,
  checkPaymentLinksResourceShippingOption,
  testPaymentLinksResourceShippingOption,
} from "./payment_links_resource_shipping_option.js";
import {
  PaymentLinksResourceSubscriptionData,
  checkPaymentLinksResourceSubscriptionData,
  testPaymentLinksResourceSubscriptionData,
} from "./payment_links_resource_subscription_data.js";
import {
  PaymentLinksResourceTaxIdCollection,
  checkPaymentLinksResourceTaxIdCollection,
  testPaymentLinksResourceTaxIdCollection,
} from "./payment_links_resource_tax_id_collection.js";
import {
  PaymentLinksResourceTransferData,
  checkPaymentLinksResourceTransferData,
  testPaymentLinksResourceTransferData,
} from "./payment_links_resource_transfer_data.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["application", checkApplication, "application"],
  ["deleted_application", checkDeletedApplication, "application#deleted"],
]);
const e0 = /* @__PURE__ */ set(["auto", "required"]);
const e1 = /* @__PURE__ */ set(["always", "if_required"]);
const e2 = /* @__PURE__ */ set(["list"]);
const k0 = /* @__PURE__ */ set(["data", "has_more", "object", "url"]);
const e3 = /* @__PURE__ */ set(["payment_link"]);
const e4 = /* @__PURE__ */ set(["auto", "book", "donate", "pay"]);
const k2 = /* @__PURE__ */ set([
  "active",
  "after_completion",
  "allow_promotion_codes",
  "application",
  "application_fee_amount",
  "application_fee_percent",
  "automatic_tax",
  "billing_address_collection",
  "consent_collection",
  "currency",
  "custom_fields",
  "custom_text",
  "customer_creation",
  "id",
  "invoice_creation",
  "line_items",
  "livemode",
  "metadata",
  "object",
  "on_behalf_of",
  "payment_intent_data",
  "payment_method_collection",
  "payment_method_types",
  "phone_number_collection",
  "shipping_address_collection",
  "shipping_options",
  "submit_type",
  "subscription_data",
  "tax_id_collection",
  "transfer_data",
  "url",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testApplication, "application"],
  [testDeletedApplication, "application#deleted"],
]);
const e5 = /* @__PURE__ */ set([
  "affirm",
  "afterpay_clearpay",
  "alipay",
  "au_becs_debit",
  "bacs_debit",
  "bancontact",
  "blik",
  "boleto",
  "card",
  "cashapp",
  "eps",
  "fpx",
  "giropay",
  "grabpay",
  "ideal",
  "klarna",
  "konbini",
  "link",
  "oxxo",
  "p24",
  "paynow",
  "paypal",
  "pix",
  "promptpay",
  "sepa_debit",
  "sofort",
  "us_bank_account",
  "wechat_pay",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.active;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["active"], v0, ok);
  } else {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["active"], "boolean", v0);
    }
  }
  const v1 = v.after_completion;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["after_completion"], v1, ok);
  } else {
    ok = into(
      c,
      checkPaymentLinksResourceAfterCompletion,
      v1,
      ok,
      "after_completion",
    );
  }
  const v2 = v.allow_promotion_codes;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["allow_promotion_codes"], v2, ok);
  } else {
    if (typeof v2 !== "boolean") {
      ok = wrongType(c, ["allow_promotion_codes"], "boolean", v2);
    }
  }
  const v3 = v.application;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) {
        ok = longFail(c, ["application"], 5000, v3);
      }
    } else if (isObject(v3)) {
      ok = into(c, d0, v3, ok, "application");
    } else {
      ok = wrongType(c, ["application"], "string | object", v3);
    }
  }
  const v4 = v.application_fee_amount;
  if (v4 !== undefined && v4 !== null) {
    if (!isInt(v4)) {
      ok = wrongType(c, ["application_fee_amount"], "integer", v4);
    }
  }
  const v5 = v.application_fee_percent;
  if (v5 !== undefined && v5 !== null) {
    if (!isNum(v5)) {
      ok = wrongType(c, ["application_fee_percent"], "number", v5);
    }
  }
  const v6 = v.automatic_tax;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["automatic_tax"], v6, ok);
  } else {
    ok = into(
      c,
      checkPaymentLinksResourceAutomaticTax,
      v6,
      ok,
      "automatic_tax",
    );
  }
  const v7 = v.billing_address_collection;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["billing_address_collection"], v7, ok);
  } else {
    if (!e0.has(v7)) {
      ok = notInEnum(c, ["billing_address_collection"], e0, v7, ok);
    }
  }
  const v8 = v.consent_collection;
  if (v8 !== undefined && v8 !== null) {
    ok = into(
      c,
      checkPaymentLinksResourceConsentCollection,
      v8,
      ok,
      "consent_collection",
    );
  }
  const v9 = v.currency;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["currency"], v9, ok);
  } else {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["currency"], "string", v9);
    }
  }
  const v10 = v.custom_fields;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["custom_fields"], v10, ok);
  } else {
    if (!isArray(v10)) {
      ok = wrongType(c, ["custom_fields"], "array", v10);
    } else {
      for (let i0 = 0; i0 < v10.length; i0++) {
        const v11 = v10[i0];
        ok = into(
          c,
          checkPaymentLinksResourceCustomFields,
          v11,
          ok,
          "custom_fields",
          i0,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v12 = v.custom_text;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["custom_text"], v12, ok);
  } else {
    ok = into(c, checkPaymentLinksResourceCustomText, v12, ok, "custom_text");
  }
  const v13 = v.customer_creation;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["customer_creation"], v13, ok);
  } else {
    if (!e1.has(v13)) {
      ok = notInEnum(c, ["customer_creation"], e1, v13, ok);
    }
  }
  const v14 = v.id;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["id"], v14, ok);
  } else {
    if (typeof v14 !== "string") {
      ok = wrongType(c, ["id"], "string", v14);
    } else if (v14.length > 5000 && tooLong(v14, 5000)) {
      ok = longFail(c, ["id"], 5000, v14);
    }
  }
  const v15 = v.invoice_creation;
  if (v15 !== undefined && v15 !== null) {
    ok = into(
      c,
      checkPaymentLinksResourceInvoiceCreation,
      v15,
      ok,
      "invoice_creation",
    );
  }
  const v16 = v.line_items;
  if (v16 !== undefined) {
    if (!isObject(v16)) {
      ok = wrongType(c, ["line_items"], "object", v16);
    } else {
      const v17 = v16.data;
      if (v17 === undefined || v17 === null) {
        ok = missing(c, ["line_items", "data"], v17, ok);
      } else {
        if (!isArray(v17)) {
          ok = wrongType(c, ["line_items", "data"], "array", v17);
        } else {
          for (let i1 = 0; i1 < v17.length; i1++) {
            const v18 = v17[i1];
            ok = into(c, checkItem, v18, ok, "line_items", "data", i1);
            if (!ok && full(c)) break;
          }
        }
      }
      const v19 = v16.has_more;
      if (v19 === undefined || v19 === null) {
        ok = missing(c, ["line_items", "has_more"], v19, ok);
      } else {
        if (typeof v19 !== "boolean") {
          ok = wrongType(c, ["line_items", "has_more"], "boolean", v19);
        }
      }
      const v20 = v16.object;
      if (v20 === undefined || v20 === null) {
        ok = missing(c, ["line_items", "object"], v20, ok);
      } else {
        if (!e2.has(v20)) {
          ok = notInEnum(c, ["line_items", "object"], e2, v20, ok);
        }
      }
      const v21 = v16.url;
      if (v21 === undefined || v21 === null) {
        ok = missing(c, ["line_items", "url"], v21, ok);
      } else {
        if (typeof v21 !== "string") {
          ok = wrongType(c, ["line_items", "url"], "string", v21);
        } else if (v21.length > 5000 && tooLong(v21, 5000)) {
          ok = longFail(c, ["line_items", "url"], 5000, v21);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["line_items"], v16, k0, ok);
      }
    }
  }
  const v22 = v.livemode;
  if (v22 === undefined || v22 === null) {
    ok = missing(c, ["livemode"], v22, ok);
  } else {
    if (typeof v22 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v22);
    }
  }
  const v23 = v.metadata;
  if (v23 === undefined || v23 === null) {
    ok = missing(c, ["metadata"], v23, ok);
  } else {
    if (!isObject(v23)) {
      ok = wrongType(c, ["metadata"], "object", v23);
    } else {
      for (const k1 of Object.keys(v23)) {
        const v24 = entry(v23, k1);
        if (typeof v24 !== "string") {
          ok = wrongType(c, ["metadata", k1], "string", v24);
        } else if (v24.length > 500 && tooLong(v24, 500)) {
          ok = longFail(c, ["metadata", k1], 500, v24);
        }
      }
    }
  }
  const v25 = v.object;
  if (v25 === undefined || v25 === null) {
    ok = missing(c, ["object"], v25, ok);
  } else {
    if (!e3.has(v25)) {
      ok = notInEnum(c, ["object"], e3, v25, ok);
    }
  }
  const v26 = v.on_behalf_of;
  if (v26 !== undefined && v26 !== null) {
    if (typeof v26 === "string") {
      if (v26.length > 5000 && tooLong(v26, 5000)) {
        ok = longFail(c, ["on_behalf_of"], 5000, v26);
      }
    } else if (isObject(v26)) {
      ok = into(c, checkAccount, v26, ok, "on_behalf_of");
    } else {
      ok = wrongType(c, ["on_behalf_of"], "string | object", v26);
    }
  }
  const v27 = v.payment_intent_data;
  if (v27 !== undefined && v27 !== null) {
    ok = into(
      c,
      checkPaymentLinksResourcePaymentIntentData,
      v27,
      ok,
      "payment_intent_data",
    );
  }
  const v28 = v.payment_method_collection;
  if (v28 === undefined || v28 === null) {
    ok = missing(c, ["payment_method_collection"], v28, ok);
  } else {
    if (!e1.has(v28)) {
      ok = notInEnum(c, ["payment_method_collection"], e1, v28, ok);
    }
  }
  const v29 = v.payment_method_types;
  if (v29 !== undefined && v29 !== null) {
    if (!isArray(v29)) {
      ok = wrongType(c, ["payment_method_types"], "array", v29);
    } else {
      for (let i2 = 0; i2 < v29.length; i2++) {
        const v30 = v29[i2];
        if (typeof v30 !== "string") {
          ok = wrongType(c, ["payment_method_types", i2], "string", v30);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v31 = v.phone_number_collection;
  if (v31 === undefined || v31 === null) {
    ok = missing(c, ["phone_number_collection"], v31, ok);
  } else {
    ok = into(
      c,
      checkPaymentLinksResourcePhoneNumberCollection,
      v31,
      ok,
      "phone_number_collection",
    );
  }
  const v32 = v.shipping_address_collection;
  if (v32 !== undefined && v32 !== null) {
    ok = into(
      c,
      checkPaymentLinksResourceShippingAddressCollection,
      v32,
      ok,
      "shipping_address_collection",
    );
  }
  const v33 = v.shipping_options;
  if (v33 === undefined || v33 === null) {
    ok = missing(c, ["shipping_options"], v33, ok);
  } else {
    if (!isArray(v33)) {
      ok = wrongType(c, ["shipping_options"], "array", v33);
    } else {
      for (let i3 = 0; i3 < v33.length; i3++) {
        const v34 = v33[i3];
        ok = into(
          c,
          checkPaymentLinksResourceShippingOption,
          v34,
          ok,
          "shipping_options",
          i3,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v35 = v.submit_type;
  if (v35 === undefined || v35 === null) {
    ok = missing(c, ["submit_type"], v35, ok);
  } else {
    if (!e4.has(v35)) {
      ok = notInEnum(c, ["submit_type"], e4, v35, ok);
    }
  }
  const v36 = v.subscription_data;
  if (v36 !== undefined && v36 !== null) {
    ok = into(
      c,
      checkPaymentLinksResourceSubscriptionData,
      v36,
      ok,
      "subscription_data",
    );
  }
  const v37 = v.tax_id_collection;
  if (v37 === undefined || v37 === null) {
    ok = missing(c, ["tax_id_collection"], v37, ok);
  } else {
    ok = into(
      c,
      checkPaymentLinksResourceTaxIdCollection,
      v37,
      ok,
      "tax_id_collection",
    );
  }
  const v38 = v.transfer_data;
  if (v38 !== undefined && v38 !== null) {
    ok = into(
      c,
      checkPaymentLinksResourceTransferData,
      v38,
      ok,
      "transfer_data",
    );
  }
  const v39 = v.url;
  if (v39 === undefined || v39 === null) {
    ok = missing(c, ["url"], v39, ok);
  } else {
    if (typeof v39 !== "string") {
      ok = wrongType(c, ["url"], "string", v39);
    } else if (v39.length > 5000 && tooLong(v39, 5000)) {
      ok = longFail(c, ["url"], 5000, v39);
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
  const v0 = v.active;
  if (typeof v0 !== "boolean") return false;
  const v1 = v.after_completion;
  if (!testPaymentLinksResourceAfterCompletion(v1, c)) return false;
  const v2 = v.allow_promotion_codes;
  if (typeof v2 !== "boolean") return false;
  const v3 = v.application;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) return false;
    } else if (isObject(v3)) {
      if (!d1(v3, c)) return false;
    } else {
      return false;
    }
  }
  const v4 = v.application_fee_amount;
  if (v4 !== undefined && v4 !== null) {
    if (!isInt(v4)) return false;
  }
  const v5 = v.application_fee_percent;
  if (v5 !== undefined && v5 !== null) {
    if (!isNum(v5)) return false;
  }
  const v6 = v.automatic_tax;
  if (!testPaymentLinksResourceAutomaticTax(v6, c)) return false;
  const v7 = v.billing_address_collection;
  if (!e0.has(v7)) return false;
  const v8 = v.consent_collection;
  if (v8 !== undefined && v8 !== null) {
    if (!testPaymentLinksResourceConsentCollection(v8, c)) return false;
  }
  const v9 = v.currency;
  if (typeof v9 !== "string") return false;
  const v10 = v.custom_fields;
  if (!isArray(v10)) return false;
  for (let i0 = 0; i0 < v10.length; i0++) {
    const v11 = v10[i0];
    if (!testPaymentLinksResourceCustomFields(v11, c)) return false;
  }
  const v12 = v.custom_text;
  if (!testPaymentLinksResourceCustomText(v12, c)) return false;
  const v13 = v.customer_creation;
  if (!e1.has(v13)) return false;
  const v14 = v.id;
  if (typeof v14 !== "string") return false;
  if (v14.length > 5000 && tooLong(v14, 5000)) return false;
  const v15 = v.invoice_creation;
  if (v15 !== undefined && v15 !== null) {
    if (!testPaymentLinksResourceInvoiceCreation(v15, c)) return false;
  }
  const v16 = v.line_items;
  if (v16 !== undefined) {
    if (!isObject(v16)) return false;
    const v17 = v16.data;
    if (!isArray(v17)) return false;
    for (let i1 = 0; i1 < v17.length; i1++) {
      const v18 = v17[i1];
      if (!testItem(v18, c)) return false;
    }
    const v19 = v16.has_more;
    if (typeof v19 !== "boolean") return false;
    const v20 = v16.object;
    if (v20 !== "list") return false;
    const v21 = v16.url;
    if (typeof v21 !== "string") return false;
    if (v21.length > 5000 && tooLong(v21, 5000)) return false;
  }
  const v22 = v.livemode;
  if (typeof v22 !== "boolean") return false;
  const v23 = v.metadata;
  if (!isObject(v23)) return false;
  for (const k3 of Object.keys(v23)) {
    const v24 = entry(v23, k3);
    if (typeof v24 !== "string") return false;
    if (v24.length > 500 && tooLong(v24, 500)) return false;
  }
  const v25 = v.object;
  if (v25 !== "payment_link") return false;
  const v26 = v.on_behalf_of;
  if (v26 !== undefined && v26 !== null) {
    if (typeof v26 === "string") {
      if (v26.length > 5000 && tooLong(v26, 5000)) return false;
    } else if (isObject(v26)) {
      if (!testAccount(v26, c)) return false;
    } else {
      return false;
    }
  }
  const v27 = v.payment_intent_data;
  if (v27 !== undefined && v27 !== null) {
    if (!testPaymentLinksResourcePaymentIntentData(v27, c)) return false;
  }
  const v28 = v.payment_method_collection;
  if (!e1.has(v28)) return false;
  const v29 = v.payment_method_types;
  if (v29 !== undefined && v29 !== null) {
    if (!isArray(v29)) return false;
    for (let i2 = 0; i2 < v29.length; i2++) {
      const v30 = v29[i2];
      if (typeof v30 !== "string") return false;
    }
  }
  const v31 = v.phone_number_collection;
  if (!testPaymentLinksResourcePhoneNumberCollection(v31, c)) return false;
  const v32 = v.shipping_address_collection;
  if (v32 !== undefined && v32 !== null) {
    if (!testPaymentLinksResourceShippingAddressCollection(v32, c))
      return false;
  }
  const v33 = v.shipping_options;
  if (!isArray(v33)) return false;
  for (let i3 = 0; i3 < v33.length; i3++) {
    const v34 = v33[i3];
    if (!testPaymentLinksResourceShippingOption(v34, c)) return false;
  }
  const v35 = v.submit_type;
  if (!e4.has(v35)) return false;
  const v36 = v.subscription_data;
  if (v36 !== undefined && v36 !== null) {
    if (!testPaymentLinksResourceSubscriptionData(v36, c)) return false;
  }
  const v37 = v.tax_id_collection;
  if (!testPaymentLinksResourceTaxIdCollection(v37, c)) return false;
  const v38 = v.transfer_data;
  if (v38 !== undefined && v38 !== null) {
    if (!testPaymentLinksResourceTransferData(v38, c)) return false;
  }
  const v39 = v.url;
  if (typeof v39 !== "string") return false;
  if (v39.length > 5000 && tooLong(v39, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    active: req(bool()),
    after_completion: req(ref(PaymentLinksResourceAfterCompletion)),
    allow_promotion_codes: req(bool()),
    application: opt(
      nul(union(str(), ref(Application), ref(DeletedApplication))),
    ),
    application_fee_amount: opt(nul(int())),
    application_fee_percent: opt(nul(num())),
    automatic_tax: req(ref(PaymentLinksResourceAutomaticTax)),
    billing_address_collection: req(oneOf(e0)),
    consent_collection: opt(nul(ref(PaymentLinksResourceConsentCollection))),
    currency: req(str()),
    custom_fields: req(list(ref(PaymentLinksResourceCustomFields))),
    custom_text: req(ref(PaymentLinksResourceCustomText)),
    customer_creation: req(oneOf(e1)),
    id: req(str()),
    invoice_creation: opt(nul(ref(PaymentLinksResourceInvoiceCreation))),
    line_items: opt(
      obj({
        data: req(list(ref(Item))),
        has_more: req(bool()),
        object: req(oneOf(e2)),
        url: req(str()),
      }),
    ),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    object: req(oneOf(e3)),
    on_behalf_of: opt(nul(union(str(), ref(Account)))),
    payment_intent_data: opt(nul(ref(PaymentLinksResourcePaymentIntentData))),
    payment_method_collection: req(oneOf(e1)),
    payment_method_types: opt(nul(list(oneOf(e5, true)))),
    phone_number_collection: req(
      ref(PaymentLinksResourcePhoneNumberCollection),
    ),
    shipping_address_collection: opt(
      nul(ref(PaymentLinksResourceShippingAddressCollection)),
    ),
    shipping_options: req(list(ref(PaymentLinksResourceShippingOption))),
    submit_type: req(oneOf(e4)),
    subscription_data: opt(nul(ref(PaymentLinksResourceSubscriptionData))),
    tax_id_collection: req(ref(PaymentLinksResourceTaxIdCollection)),
    transfer_data: opt(nul(ref(PaymentLinksResourceTransferData))),
    url: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_link",
  branch: "payment_link",
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
  schema as PaymentLink,
  validateInput as validatePaymentLink,
  isValid as isPaymentLink,
  check as checkPaymentLink,
  test as testPaymentLink,
};
