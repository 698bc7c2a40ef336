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
import { Customer, checkCustomer, testCustomer } from "./customer.js";
import {
  DeletedCustomer,
  checkDeletedCustomer,
  testDeletedCustomer,
} from "./deleted_customer.js";
import { Discount, checkDiscount, testDiscount } from "./discount.js";
import { Invoice, checkInvoice, testInvoice } from "./invoice.js";
import {
  InvoiceLineItemPeriod,
  checkInvoiceLineItemPeriod,
  testInvoiceLineItemPeriod,
} from "./invoice_line_item_period.js";
import { Price, checkPrice, testPrice } from "./price.js";
import {
  Subscription,
  checkSubscription,
  testSubscription,
} from "./subscription.js";
import { TaxRate, checkTaxRate, testTaxRate } from "./tax_rate.js";
import {
  TestHelpersTestClock,
  checkTestHelpersTestClock,
  testTestHelpersTestClock,
} from "./test_helpers.test_clock.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["customer", checkCustomer, "customer"],
  ["deleted_customer", checkDeletedCustomer, "customer#deleted"],
]);
const e0 = /* @__PURE__ */ set(["invoiceitem"]);
const k1 = /* @__PURE__ */ set([
  "amount",
  "currency",
  "customer",
  "date",
  "description",
  "discountable",
  "discounts",
  "id",
  "invoice",
  "livemode",
  "metadata",
  "object",
  "period",
  "price",
  "proration",
  "quantity",
  "subscription",
  "subscription_item",
  "tax_rates",
  "test_clock",
  "unit_amount",
  "unit_amount_decimal",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testCustomer, "customer"],
  [testDeletedCustomer, "customer#deleted"],
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
  const v1 = v.currency;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["currency"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["currency"], "string", v1);
    }
  }
  const v2 = v.customer;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["customer"], v2, ok);
  } else {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) {
        ok = longFail(c, ["customer"], 5000, v2);
      }
    } else if (isObject(v2)) {
      ok = into(c, d0, v2, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v2);
    }
  }
  const v3 = v.date;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["date"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["date"], "integer", v3);
    }
  }
  const v4 = v.description;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["description"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["description"], 5000, v4);
    }
  }
  const v5 = v.discountable;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["discountable"], v5, ok);
  } else {
    if (typeof v5 !== "boolean") {
      ok = wrongType(c, ["discountable"], "boolean", v5);
    }
  }
  const v6 = v.discounts;
  if (v6 !== undefined && v6 !== null) {
    if (!isArray(v6)) {
      ok = wrongType(c, ["discounts"], "array", v6);
    } else {
      for (let i0 = 0; i0 < v6.length; i0++) {
        const v7 = v6[i0];
        if (typeof v7 === "string") {
          if (v7.length > 5000 && tooLong(v7, 5000)) {
            ok = longFail(c, ["discounts", i0], 5000, v7);
          }
        } else if (isObject(v7)) {
          ok = into(c, checkDiscount, v7, ok, "discounts", i0);
        } else {
          ok = wrongType(c, ["discounts", i0], "string | object", v7);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v8 = v.id;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["id"], v8, ok);
  } else {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["id"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["id"], 5000, v8);
    }
  }
  const v9 = v.invoice;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 === "string") {
      if (v9.length > 5000 && tooLong(v9, 5000)) {
        ok = longFail(c, ["invoice"], 5000, v9);
      }
    } else if (isObject(v9)) {
      ok = into(c, checkInvoice, v9, ok, "invoice");
    } else {
      ok = wrongType(c, ["invoice"], "string | object", v9);
    }
  }
  const v10 = v.livemode;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["livemode"], v10, ok);
  } else {
    if (typeof v10 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v10);
    }
  }
  const v11 = v.metadata;
  if (v11 !== undefined && v11 !== null) {
    if (!isObject(v11)) {
      ok = wrongType(c, ["metadata"], "object", v11);
    } else {
      for (const k0 of Object.keys(v11)) {
        const v12 = entry(v11, k0);
        if (typeof v12 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v12);
        } else if (v12.length > 500 && tooLong(v12, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v12);
        }
      }
    }
  }
  const v13 = v.object;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["object"], v13, ok);
  } else {
    if (!e0.has(v13)) {
      ok = notInEnum(c, ["object"], e0, v13, ok);
    }
  }
  const v14 = v.period;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["period"], v14, ok);
  } else {
    ok = into(c, checkInvoiceLineItemPeriod, v14, ok, "period");
  }
  const v15 = v.price;
  if (v15 !== undefined && v15 !== null) {
    ok = into(c, checkPrice, v15, ok, "price");
  }
  const v16 = v.proration;
  if (v16 === undefined || v16 === null) {
    ok = missing(c, ["proration"], v16, ok);
  } else {
    if (typeof v16 !== "boolean") {
      ok = wrongType(c, ["proration"], "boolean", v16);
    }
  }
  const v17 = v.quantity;
  if (v17 === undefined || v17 === null) {
    ok = missing(c, ["quantity"], v17, ok);
  } else {
    if (!isInt(v17)) {
      ok = wrongType(c, ["quantity"], "integer", v17);
    }
  }
  const v18 = v.subscription;
  if (v18 !== undefined && v18 !== null) {
    if (typeof v18 === "string") {
      if (v18.length > 5000 && tooLong(v18, 5000)) {
        ok = longFail(c, ["subscription"], 5000, v18);
      }
    } else if (isObject(v18)) {
      ok = into(c, checkSubscription, v18, ok, "subscription");
    } else {
      ok = wrongType(c, ["subscription"], "string | object", v18);
    }
  }
  const v19 = v.subscription_item;
  if (v19 !== undefined) {
    if (typeof v19 !== "string") {
      ok = wrongType(c, ["subscription_item"], "string", v19);
    } else if (v19.length > 5000 && tooLong(v19, 5000)) {
      ok = longFail(c, ["subscription_item"], 5000, v19);
    }
  }
  const v20 = v.tax_rates;
  if (v20 !== undefined && v20 !== null) {
    if (!isArray(v20)) {
      ok = wrongType(c, ["tax_rates"], "array", v20);
    } else {
      for (let i1 = 0; i1 < v20.length; i1++) {
        const v21 = v20[i1];
        ok = into(c, checkTaxRate, v21, ok, "tax_rates", i1);
        if (!ok && full(c)) break;
      }
    }
  }
  const v22 = v.test_clock;
  if (v22 !== undefined && v22 !== null) {
    if (typeof v22 === "string") {
      if (v22.length > 5000 && tooLong(v22, 5000)) {
        ok = longFail(c, ["test_clock"], 5000, v22);
      }
    } else if (isObject(v22)) {
      ok = into(c, checkTestHelpersTestClock, v22, ok, "test_clock");
    } else {
      ok = wrongType(c, ["test_clock"], "string | object", v22);
    }
  }
  const v23 = v.unit_amount;
  if (v23 !== undefined && v23 !== null) {
    if (!isInt(v23)) {
      ok = wrongType(c, ["unit_amount"], "integer", v23);
    }
  }
  const v24 = v.unit_amount_decimal;
  if (v24 !== undefined && v24 !== null) {
    if (typeof v24 !== "string") {
      ok = wrongType(c, ["unit_amount_decimal"], "string", v24);
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
  const v1 = v.currency;
  if (typeof v1 !== "string") return false;
  const v2 = v.customer;
  if (v2 === undefined || v2 === null) return false;
  if (typeof v2 === "string") {
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  } else if (isObject(v2)) {
    if (!d1(v2, c)) return false;
  } else {
    return false;
  }
  const v3 = v.date;
  if (!isInt(v3)) return false;
  const v4 = v.description;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.discountable;
  if (typeof v5 !== "boolean") return false;
  const v6 = v.discounts;
  if (v6 !== undefined && v6 !== null) {
    if (!isArray(v6)) return false;
    for (let i0 = 0; i0 < v6.length; i0++) {
      const v7 = v6[i0];
      if (typeof v7 === "string") {
        if (v7.length > 5000 && tooLong(v7, 5000)) return false;
      } else if (isObject(v7)) {
        if (!testDiscount(v7, c)) return false;
      } else {
        return false;
      }
    }
  }
  const v8 = v.id;
  if (typeof v8 !== "string") return false;
  if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  const v9 = v.invoice;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 === "string") {
      if (v9.length > 5000 && tooLong(v9, 5000)) return false;
    } else if (isObject(v9)) {
      if (!testInvoice(v9, c)) return false;
    } else {
      return false;
    }
  }
  const v10 = v.livemode;
  if (typeof v10 !== "boolean") return false;
  const v11 = v.metadata;
  if (v11 !== undefined && v11 !== null) {
    if (!isObject(v11)) return false;
    for (const k2 of Object.keys(v11)) {
      const v12 = entry(v11, k2);
      if (typeof v12 !== "string") return false;
      if (v12.length > 500 && tooLong(v12, 500)) return false;
    }
  }
  const v13 = v.object;
  if (v13 !== "invoiceitem") return false;
  const v14 = v.period;
  if (!testInvoiceLineItemPeriod(v14, c)) return false;
  const v15 = v.price;
  if (v15 !== undefined && v15 !== null) {
    if (!testPrice(v15, c)) return false;
  }
  const v16 = v.proration;
  if (typeof v16 !== "boolean") return false;
  const v17 = v.quantity;
  if (!isInt(v17)) return false;
  const v18 = v.subscription;
  if (v18 !== undefined && v18 !== null) {
    if (typeof v18 === "string") {
      if (v18.length > 5000 && tooLong(v18, 5000)) return false;
    } else if (isObject(v18)) {
      if (!testSubscription(v18, c)) return false;
    } else {
      return false;
    }
  }
  const v19 = v.subscription_item;
  if (v19 !== undefined) {
    if (typeof v19 !== "string") return false;
    if (v19.length > 5000 && tooLong(v19, 5000)) return false;
  }
  const v20 = v.tax_rates;
  if (v20 !== undefined && v20 !== null) {
    if (!isArray(v20)) return false;
    for (let i1 = 0; i1 < v20.length; i1++) {
      const v21 = v20[i1];
      if (!testTaxRate(v21, c)) return false;
    }
  }
  const v22 = v.test_clock;
  if (v22 !== undefined && v22 !== null) {
    if (typeof v22 === "string") {
      if (v22.length > 5000 && tooLong(v22, 5000)) return false;
    } else if (isObject(v22)) {
      if (!testTestHelpersTestClock(v22, c)) return false;
    } else {
      return false;
    }
  }
  const v23 = v.unit_amount;
  if (v23 !== undefined && v23 !== null) {
    if (!isInt(v23)) return false;
  }
  const v24 = v.unit_amount_decimal;
  if (v24 !== undefined && v24 !== null) {
    if (typeof v24 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    currency: req(str()),
    customer: req(union(str(), ref(Customer), ref(DeletedCustomer))),
    date: req(int("unix-time")),
    description: opt(nul(str())),
    discountable: req(bool()),
    discounts: opt(nul(list(union(str(), ref(Discount))))),
    id: req(str()),
    invoice: opt(nul(union(str(), ref(Invoice)))),
    livemode: req(bool()),
    metadata: opt(nul(obj({}, str()))),
    object: req(oneOf(e0)),
    period: req(ref(InvoiceLineItemPeriod)),
    price: opt(nul(ref(Price))),
    proration: req(bool()),
    quantity: req(int()),
    subscription: opt(nul(union(str(), ref(Subscription)))),
    subscription_item: opt(str()),
    tax_rates: opt(nul(list(ref(TaxRate)))),
    test_clock: opt(nul(union(str(), ref(TestHelpersTestClock)))),
    unit_amount: opt(nul(int())),
    unit_amount_decimal: opt(nul(str("decimal"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoiceitem",
  branch: "invoiceitem",
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
  schema as Invoiceitem,
  validateInput as validateInvoiceitem,
  isValid as isInvoiceitem,
  check as checkInvoiceitem,
  test as testInvoiceitem,
};
