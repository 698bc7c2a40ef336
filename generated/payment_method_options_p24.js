import {
  deeper,
  enter,
  isObject,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["none"]);
const k0 = /* @__PURE__ */ set(["setup_future_usage"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.setup_future_usage;
  if (v0 !== undefined) {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["setup_future_usage"], e0, v0, ok);
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
  const v0 = v.setup_future_usage;
  if (v0 !== undefined) {
    if (v0 !== "none") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ setup_future_usage: opt(oneOf(e0)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_options_p24",
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
  schema as PaymentMethodOptionsP24,
  validateInput as validatePaymentMethodOptionsP24,
  isValid as isPaymentMethodOptionsP24,
  check as checkPaymentMethodOptionsP24,
  test as testPaymentMethodOptionsP24,
};
