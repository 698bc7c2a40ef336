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
import { int, obj, oneOf, opt, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["none"]);
const k0 = /* @__PURE__ */ set(["expires_after_days", "setup_future_usage"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.expires_after_days;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["expires_after_days"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["expires_after_days"], "integer", v0);
    }
  }
  const v1 = v.setup_future_usage;
  if (v1 !== undefined) {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["setup_future_usage"], e0, v1, ok);
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
  const v0 = v.expires_after_days;
  if (!isInt(v0)) return false;
  const v1 = v.setup_future_usage;
  if (v1 !== undefined) {
    if (v1 !== "none") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    expires_after_days: req(int()),
    setup_future_usage: opt(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_options_oxxo",
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
  schema as PaymentMethodOptionsOxxo,
  validateInput as validatePaymentMethodOptionsOxxo,
  isValid as isPaymentMethodOptionsOxxo,
  check as checkPaymentMethodOptionsOxxo,
  test as testPaymentMethodOptionsOxxo,
};
