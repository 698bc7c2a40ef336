import {
  branchTests,
  branches,
  deeper,
  enter,
  full,
  into,
  isArray,
  isInt,
  isObject,
  longFail,
  missing,
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
  obj,
  opt,
  ref,
  req,
  str,
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  DeletedPrice,
  checkDeletedPrice,
  testDeletedPrice,
} from "./deleted_price.js";
import { Price, checkPrice, testPrice } from "./price.js";
import { TaxRate, checkTaxRate, testTaxRate } from "./tax_rate.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["price", checkPrice, "price"],
  ["deleted_price", checkDeletedPrice, "price#deleted"],
]);
const k0 = /* @__PURE__ */ set(["price", "quantity", "tax_rates"]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testPrice, "price"],
  [testDeletedPrice, "price#deleted"],
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.price;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["price"], v0, ok);
  } else {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) {
        ok = longFail(c, ["price"], 5000, v0);
      }
    } else if (isObject(v0)) {
      ok = into(c, d0, v0, ok, "price");
    } else {
      ok = wrongType(c, ["price"], "string | object", v0);
    }
  }
  const v1 = v.quantity;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["quantity"], "integer", v1);
    }
  }
  const v2 = v.tax_rates;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) {
      ok = wrongType(c, ["tax_rates"], "array", v2);
    } else {
      for (let i0 = 0; i0 < v2.length; i0++) {
        const v3 = v2[i0];
        ok = into(c, checkTaxRate, v3, ok, "tax_rates", i0);
        if (!ok && full(c)) break;
      }
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.price;
  if (v0 === undefined || v0 === null) return false;
  if (typeof v0 === "string") {
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  } else if (isObject(v0)) {
    if (!d1(v0, c)) return false;
  } else {
    return false;
  }
  const v1 = v.quantity;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
  }
  const v2 = v.tax_rates;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) return false;
    for (let i0 = 0; i0 < v2.length; i0++) {
      const v3 = v2[i0];
      if (!testTaxRate(v3, c)) return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    price: req(union(str(), ref(Price), ref(DeletedPrice))),
    quantity: opt(nul(int())),
    tax_rates: opt(nul(list(ref(TaxRate)))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "subscription_schedule_add_invoice_item",
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
  schema as SubscriptionScheduleAddInvoiceItem,
  validateInput as validateSubscriptionScheduleAddInvoiceItem,
  isValid as isSubscriptionScheduleAddInvoiceItem,
  check as checkSubscriptionScheduleAddInvoiceItem,
  test as testSubscriptionScheduleAddInvoiceItem,
};
