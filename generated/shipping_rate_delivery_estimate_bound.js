import {
  deeper,
  enter,
  isInt,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, oneOf, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "business_day",
  "day",
  "hour",
  "month",
  "week",
]);
const k0 = /* @__PURE__ */ set(["unit", "value"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.unit;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["unit"], v0, ok);
  } else {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["unit"], e0, v0, ok);
    }
  }
  const v1 = v.value;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["value"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["value"], "integer", v1);
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
  const v0 = v.unit;
  if (!e0.has(v0)) return false;
  const v1 = v.value;
  if (!isInt(v1)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ unit: req(oneOf(e0)), value: req(int()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "shipping_rate_delivery_estimate_bound",
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
  schema as ShippingRateDeliveryEstimateBound,
  validateInput as validateShippingRateDeliveryEstimateBound,
  isValid as isShippingRateDeliveryEstimateBound,
  check as checkShippingRateDeliveryEstimateBound,
  test as testShippingRateDeliveryEstimateBound,
};
