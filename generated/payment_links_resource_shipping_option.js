import {
  deeper,
  enter,
  into,
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
import { int, obj, ref, req, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  ShippingRate,
  checkShippingRate,
  testShippingRate,
} from "./shipping_rate.js";

const k0 = /* @__PURE__ */ set(["shipping_amount", "shipping_rate"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.shipping_amount;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["shipping_amount"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["shipping_amount"], "integer", v0);
    }
  }
  const v1 = v.shipping_rate;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["shipping_rate"], v1, ok);
  } else {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) {
        ok = longFail(c, ["shipping_rate"], 5000, v1);
      }
    } else if (isObject(v1)) {
      ok = into(c, checkShippingRate, v1, ok, "shipping_rate");
    } else {
      ok = wrongType(c, ["shipping_rate"], "string | object", v1);
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
  const v0 = v.shipping_amount;
  if (!isInt(v0)) return false;
  const v1 = v.shipping_rate;
  if (v1 === undefined || v1 === null) return false;
  if (typeof v1 === "string") {
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  } else if (isObject(v1)) {
    if (!testShippingRate(v1, c)) return false;
  } else {
    return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    shipping_amount: req(int()),
    shipping_rate: req(union(str(), ref(ShippingRate))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_links_resource_shipping_option",
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
  schema as PaymentLinksResourceShippingOption,
  validateInput as validatePaymentLinksResourceShippingOption,
  isValid as isPaymentLinksResourceShippingOption,
  check as checkPaymentLinksResourceShippingOption,
  test as testPaymentLinksResourceShippingOption,
};
