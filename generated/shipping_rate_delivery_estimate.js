import {
  deeper,
  enter,
  into,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  ShippingRateDeliveryEstimateBound,
  checkShippingRateDeliveryEstimateBound,
  testShippingRateDeliveryEstimateBound,
} from "./shipping_rate_delivery_estimate_bound.js";

const k0 = /* @__PURE__ */ set(["maximum", "minimum"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.maximum;
  if (v0 !== undefined && v0 !== null) {
    ok = into(c, checkShippingRateDeliveryEstimateBound, v0, ok, "maximum");
  }
  const v1 = v.minimum;
  if (v1 !== undefined && v1 !== null) {
    ok = into(c, checkShippingRateDeliveryEstimateBound, v1, ok, "minimum");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.maximum;
  if (v0 !== undefined && v0 !== null) {
    if (!testShippingRateDeliveryEstimateBound(v0, c)) return false;
  }
  const v1 = v.minimum;
  if (v1 !== undefined && v1 !== null) {
    if (!testShippingRateDeliveryEstimateBound(v1, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    maximum: opt(nul(ref(ShippingRateDeliveryEstimateBound))),
    minimum: opt(nul(ref(ShippingRateDeliveryEstimateBound))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "shipping_rate_delivery_estimate",
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
  schema as ShippingRateDeliveryEstimate,
  validateInput as validateShippingRateDeliveryEstimate,
  isValid as isShippingRateDeliveryEstimate,
  check as checkShippingRateDeliveryEstimate,
  test as testShippingRateDeliveryEstimate,
};
