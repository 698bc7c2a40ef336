import {
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
import { Discount, checkDiscount, testDiscount } from "./discount.js";
import {
  DiscountsResourceDiscountAmount,
  checkDiscountsResourceDiscountAmount,
  testDiscountsResourceDiscountAmount,
} from "./discounts_resource_discount_amount.js";
import {
  InvoiceLineItemPeriod,
  checkInvoiceLineItemPeriod,
  testInvoiceLineItemPeriod,
} from "./invoice_line_item_period.js";
import {
  InvoiceTaxAmount,
  checkInvoiceTaxAmount,
  testInvoiceTaxAmount,
} from "./invoice_tax_amount.js";
import {
  Invoiceitem,
  checkInvoiceitem,
  testInvoiceitem,
} from "./invoiceitem.js";
import {
  InvoicesResourceLineItemsProrationDetails,
  checkInvoicesResourceLineItemsProrationDetails,
  testInvoicesResourceLineItemsProrationDetails,
} from "./invoices_resource_line_items_proration_details.js";
import { Price, checkPrice, testPrice } from "./price.js";
import {
  Subscription,
  checkSubscription,
  testSubscription,
} from "./subscription.js";
import {
  SubscriptionItem,
  checkSubscriptionItem,
  testSubscriptionItem,
} from "./subscription_item.js";
import { TaxRate, checkTaxRate, testTaxRate } from "./tax_rate.js";

const e0 = /* @__PURE__ */ set(["line_item"]);
const e1 = /* @__PURE__ */ set(["invoiceitem", "subscription"]);
const k1 = /* @__PURE__ */ set([
  "amount",
  "amount_excluding_tax",
  "currency",
  "description",
  "discount_amounts",
  "discountable",
  "discounts",
  "id",
  "invoice_item",
  "livemode",
  "metadata",
  "object",
  "period",
  "price",
  "proration",
  "proration_details",
  "quantity",
  "subscription",
  "subscription_item",
  "tax_amounts",
  "tax_rates",
  "type",
  "unit_amount_excluding_tax",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["amount"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount"], "integer", v0);
    }
  }
  const v1 = v.amount_excluding_tax;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["amount_excluding_tax"], "integer", v1);
    }
  }
  const v2 = v.currency;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["currency"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["currency"], "string", v2);
    }
  }
  const v3 = v.description;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["description"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["description"], 5000, v3);
    }
  }
  const v4 = v.discount_amounts;
  if (v4 !== undefined && v4 !== null) {
    if (!isArray(v4)) {
      ok = wrongType(c, ["discount_amounts"], "array", v4);
    } else {
      for (let i0 = 0; i0 < v4.length; i0++) {
        const v5 = v4[i0];
        ok = into(
          c,
          checkDiscountsResourceDiscountAmount,
          v5,
          ok,
          "discount_amounts",
          i0,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v6 = v.discountable;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["discountable"], v6, ok);
  } else {
    if (typeof v6 !== "boolean") {
      ok = wrongType(c, ["discountable"], "boolean", v6);
    }
  }
  const v7 = v.discounts;
  if (v7 !== undefined && v7 !== null) {
    if (!isArray(v7)) {
      ok = wrongType(c, ["discounts"], "array", v7);
    } else {
      for (let i1 = 0; i1 < v7.length; i1++) {
        const v8 = v7[i1];
        if (typeof v8 === "string") {
          if (v8.length > 5000 && tooLong(v8, 5000)) {
            ok = longFail(c, ["discounts", i1], 5000, v8);
          }
        } else if (isObject(v8)) {
          ok = into(c, checkDiscount, v8, ok, "discounts", i1);
        } else {
          ok = wrongType(c, ["discounts", i1], "string | object", v8);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v9 = v.id;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["id"], v9, ok);
  } else {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["id"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["id"], 5000, v9);
    }
  }
  const v10 = v.invoice_item;
  if (v10 !== undefined) {
    if (typeof v10 === "string") {
      if (v10.length > 5000 && tooLong(v10, 5000)) {
        ok = longFail(c, ["invoice_item"], 5000, v10);
      }
    } else if (isObject(v10)) {
      ok = into(c, checkInvoiceitem, v10, ok, "invoice_item");
    } else {
      ok = wrongType(c, ["invoice_item"], "string | object", v10);
    }
  }
  const v11 = v.livemode;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["livemode"], v11, ok);
  } else {
    if (typeof v11 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v11);
    }
  }
  const v12 = v.metadata;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["metadata"], v12, ok);
  } else {
    if (!isObject(v12)) {
      ok = wrongType(c, ["metadata"], "object", v12);
    } else {
      for (const k0 of Object.keys(v12)) {
        const v13 = entry(v12, k0);
        if (typeof v13 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v13);
        } else if (v13.length > 500 && tooLong(v13, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v13);
        }
      }
    }
  }
  const v14 = v.object;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["object"], v14, ok);
  } else {
    if (!e0.has(v14)) {
      ok = notInEnum(c, ["object"], e0, v14, ok);
    }
  }
  const v15 = v.period;
  if (v15 === undefined || v15 === null) {
    ok = missing(c, ["period"], v15, ok);
  } else {
    ok = into(c, checkInvoiceLineItemPeriod, v15, ok, "period");
  }
  const v16 = v.price;
  if (v16 !== undefined && v16 !== null) {
    ok = into(c, checkPrice, v16, ok, "price");
  }
  const v17 = v.proration;
  if (v17 === undefined || v17 === null) {
    ok = missing(c, ["proration"], v17, ok);
  } else {
    if (typeof v17 !== "boolean") {
      ok = wrongType(c, ["proration"], "boolean", v17);
    }
  }
  const v18 = v.proration_details;
  if (v18 !== undefined && v18 !== null) {
    ok = into(
      c,
      checkInvoicesResourceLineItemsProrationDetails,
      v18,
      ok,
      "proration_details",
    );
  }
  const v19 = v.quantity;
  if (v19 !== undefined && v19 !== null) {
    if (!isInt(v19)) {
      ok = wrongType(c, ["quantity"], "integer", v19);
    }
  }
  const v20 = v.subscription;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 === "string") {
      if (v20.length > 5000 && tooLong(v20, 5000)) {
        ok = longFail(c, ["subscription"], 5000, v20);
      }
    } else if (isObject(v20)) {
      ok = into(c, checkSubscription, v20, ok, "subscription");
    } else {
      ok = wrongType(c, ["subscription"], "string | object", v20);
    }
  }
  const v21 = v.subscription_item;
  if (v21 !== undefined) {
    if (typeof v21 === "string") {
      if (v21.length > 5000 && tooLong(v21, 5000)) {
        ok = longFail(c, ["subscription_item"], 5000, v21);
      }
    } else if (isObject(v21)) {
      ok = into(c, checkSubscriptionItem, v21, ok, "subscription_item");
    } else {
      ok = wrongType(c, ["subscription_item"], "string | object", v21);
    }
  }
  const v22 = v.tax_amounts;
  if (v22 !== undefined) {
    if (!isArray(v22)) {
      ok = wrongType(c, ["tax_amounts"], "array", v22);
    } else {
      for (let i2 = 0; i2 < v22.length; i2++) {
        const v23 = v22[i2];
        ok = into(c, checkInvoiceTaxAmount, v23, ok, "tax_amounts", i2);
        if (!ok && full(c)) break;
      }
    }
  }
  const v24 = v.tax_rates;
  if (v24 !== undefined) {
    if (!isArray(v24)) {
      ok = wrongType(c, ["tax_rates"], "array", v24);
    } else {
      for (let i3 = 0; i3 < v24.length; i3++) {
        const v25 = v24[i3];
        ok = into(c, checkTaxRate, v25, ok, "tax_rates", i3);
        if (!ok && full(c)) break;
      }
    }
  }
  const v26 = v.type;
  if (v26 === undefined || v26 === null) {
    ok = missing(c, ["type"], v26, ok);
  } else {
    if (!e1.has(v26)) {
      ok = notInEnum(c, ["type"], e1, v26, ok);
    }
  }
  const v27 = v.unit_amount_excluding_tax;
  if (v27 !== undefined && v27 !== null) {
    if (typeof v27 !== "string") {
      ok = wrongType(c, ["unit_amount_excluding_tax"], "string", v27);
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
  const v0 = v.amount;
  if (!isInt(v0)) return false;
  const v1 = v.amount_excluding_tax;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
  }
  const v2 = v.currency;
  if (typeof v2 !== "string") return false;
  const v3 = v.description;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.discount_amounts;
  if (v4 !== undefined && v4 !== null) {
    if (!isArray(v4)) return false;
    for (let i0 = 0; i0 < v4.length; i0++) {
      const v5 = v4[i0];
      if (!testDiscountsResourceDiscountAmount(v5, c)) return false;
    }
  }
  const v6 = v.discountable;
  if (typeof v6 !== "boolean") return false;
  const v7 = v.discounts;
  if (v7 !== undefined && v7 !== null) {
    if (!isArray(v7)) return false;
    for (let i1 = 0; i1 < v7.length; i1++) {
      const v8 = v7[i1];
      if (typeof v8 === "string") {
        if (v8.length > 5000 && tooLong(v8, 5000)) return false;
      } else if (isObject(v8)) {
        if (!testDiscount(v8, c)) return false;
      } else {
        return false;
      }
    }
  }
  const v9 = v.id;
  if (typeof v9 !== "string") return false;
  if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  const v10 = v.invoice_item;
  if (v10 !== undefined) {
    if (typeof v10 === "string") {
      if (v10.length > 5000 && tooLong(v10, 5000)) return false;
    } else if (isObject(v10)) {
      if (!testInvoiceitem(v10, c)) return false;
    } else {
      return false;
    }
  }
  const v11 = v.livemode;
  if (typeof v11 !== "boolean") return false;
  const v12 = v.metadata;
  if (!isObject(v12)) return false;
  for (const k2 of Object.keys(v12)) {
    const v13 = entry(v12, k2);
    if (typeof v13 !== "string") return false;
    if (v13.length > 500 && tooLong(v13, 500)) return false;
  }
  const v14 = v.object;
  if (v14 !== "line_item") return false;
  const v15 = v.period;
  if (!testInvoiceLineItemPeriod(v15, c)) return false;
  const v16 = v.price;
  if (v16 !== undefined && v16 !== null) {
    if (!testPrice(v16, c)) return false;
  }
  const v17 = v.proration;
  if (typeof v17 !== "boolean") return false;
  const v18 = v.proration_details;
  if (v18 !== undefined && v18 !== null) {
    if (!testInvoicesResourceLineItemsProrationDetails(v18, c)) return false;
  }
  const v19 = v.quantity;
  if (v19 !== undefined && v19 !== null) {
    if (!isInt(v19)) return false;
  }
  const v20 = v.subscription;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 === "string") {
      if (v20.length > 5000 && tooLong(v20, 5000)) return false;
    } else if (isObject(v20)) {
      if (!testSubscription(v20, c)) return false;
    } else {
      return false;
    }
  }
  const v21 = v.subscription_item;
  if (v21 !== undefined) {
    if (typeof v21 === "string") {
      if (v21.length > 5000 && tooLong(v21, 5000)) return false;
    } else if (isObject(v21)) {
      if (!testSubscriptionItem(v21, c)) return false;
    } else {
      return false;
    }
  }
  const v22 = v.tax_amounts;
  if (v22 !== undefined) {
    if (!isArray(v22)) return false;
    for (let i2 = 0; i2 < v22.length; i2++) {
      const v23 = v22[i2];
      if (!testInvoiceTaxAmount(v23, c)) return false;
    }
  }
  const v24 = v.tax_rates;
  if (v24 !== undefined) {
    if (!isArray(v24)) return false;
    for (let i3 = 0; i3 < v24.length; i3++) {
      const v25 = v24[i3];
      if (!testTaxRate(v25, c)) return false;
    }
  }
  const v26 = v.type;
  if (!e1.has(v26)) return false;
  const v27 = v.unit_amount_excluding_tax;
  if (v27 !== undefined && v27 !== null) {
    if (typeof v27 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    amount_excluding_tax: opt(nul(int())),
    currency: req(str()),
    description: opt(nul(str())),
    discount_amounts: opt(nul(list(ref(DiscountsResourceDiscountAmount)))),
    discountable: req(bool()),
    discounts: opt(nul(list(union(str(), ref(Discount))))),
    id: req(str()),
    invoice_item: opt(union(str(), ref(Invoiceitem))),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    object: req(oneOf(e0)),
    period: req(ref(InvoiceLineItemPeriod)),
    price: opt(nul(ref(Price))),
    proration: req(bool()),
    proration_details: opt(nul(ref(InvoicesResourceLineItemsProrationDetails))),
    quantity: opt(nul(int())),
    subscription: opt(nul(union(str(), ref(Subscription)))),
    subscription_item: opt(union(str(), ref(SubscriptionItem))),
    tax_amounts: opt(list(ref(InvoiceTaxAmount))),
    tax_rates: opt(list(ref(TaxRate))),
    type: req(oneOf(e1)),
    unit_amount_excluding_tax: opt(nul(str("decimal"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "line_item",
  branch: "line_item",
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
  schema as LineItem,
  validateInput as validateLineItem,
  isValid as isLineItem,
  check as checkLineItem,
  test as testLineItem,
};
