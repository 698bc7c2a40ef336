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

const e0 = /* @__PURE__ */ set(["manual"]);
const e1 = /* @__PURE__ */ set(["none", "off_session"]);
const k0 = /* @__PURE__ */ set(["capture_method", "setup_future_usage"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.capture_method;
  if (v0 !== undefined) {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["capture_method"], e0, v0, ok);
    }
  }
  const v1 = v.setup_future_usage;
  if (v1 !== undefined) {
    if (!e1.has(v1)) {
      ok = notInEnum(c, ["setup_future_usage"], e1, v1, ok);
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
  const v0 = v.capture_method;
  if (v0 !== undefined) {
    if (v0 !== "manual") return false;
  }
  const v1 = v.setup_future_usage;
  if (v1 !== undefined) {
    if (!e1.has(v1)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    capture_method: opt(oneOf(e0)),
    setup_future_usage: opt(oneOf(e1)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_payment_method_options_link",
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
  schema as PaymentIntentPaymentMethodOptionsLink,
  validateInput as validatePaymentIntentPaymentMethodOptionsLink,
  isValid as isPaymentIntentPaymentMethodOptionsLink,
  check as checkPaymentIntentPaymentMethodOptionsLink,
  test as testPaymentIntentPaymentMethodOptionsLink,
};
