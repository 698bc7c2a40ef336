import {
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
  LineItemsTaxAmount,
  checkLineItemsTaxAmount,
  testLineItemsTaxAmount,
} from "./line_items_tax_amount.js";
import {
  ShippingRate,
  checkShippingRate,
  testShippingRate,
} from "./shipping_rate.js";

const k0 = /* @__PURE__ */ set([
  "amount_subtotal",
  "amount_tax",
  "amount_total",
  "shipping_rate",
  "taxes",
]);

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
  const v1 = v.amount_tax;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["amount_tax"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["amount_tax"], "integer", v1);
    }
  }
  const v2 = v.amount_total;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["amount_total"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["amount_total"], "integer", v2);
    }
  }
  const v3 = v.shipping_rate;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) {
        ok = longFail(c, ["shipping_rate"], 5000, v3);
      }
    } else if (isObject(v3)) {
      ok = into(c, checkShippingRate, v3, ok, "shipping_rate");
    } else {
      ok = wrongType(c, ["shipping_rate"], "string | object", v3);
    }
  }
  const v4 = v.taxes;
  if (v4 !== undefined) {
    if (!isArray(v4)) {
      ok = wrongType(c, ["taxes"], "array", v4);
    } else {
      for (let i0 = 0; i0 < v4.length; i0++) {
        const v5 = v4[i0];
        ok = into(c, checkLineItemsTaxAmount, v5, ok, "taxes", i0);
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
  const v0 = v.amount_subtotal;
  if (!isInt(v0)) return false;
  const v1 = v.amount_tax;
  if (!isInt(v1)) return false;
  const v2 = v.amount_total;
  if (!isInt(v2)) return false;
  const v3 = v.shipping_rate;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) return false;
    } else if (isObject(v3)) {
      if (!testShippingRate(v3, c)) return false;
    } else {
      return false;
    }
  }
  const v4 = v.taxes;
  if (v4 !== undefined) {
    if (!isArray(v4)) return false;
    for (let i0 = 0; i0 < v4.length; i0++) {
      const v5 = v4[i0];
      if (!testLineItemsTaxAmount(v5, c)) return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount_subtotal: req(int()),
    amount_tax: req(int()),
    amount_total: req(int()),
    shipping_rate: opt(nul(union(str(), ref(ShippingRate)))),
    taxes: opt(list(ref(LineItemsTaxAmount))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_pages_checkout_session_shipping_cost",
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
  schema as PaymentPagesCheckoutSessionShippingCost,
  validateInput as validatePaymentPagesCheckoutSessionShippingCost,
  isValid as isPaymentPagesCheckoutSessionShippingCost,
  check as checkPaymentPagesCheckoutSessionShippingCost,
  test as testPaymentPagesCheckoutSessionShippingCost,
};
