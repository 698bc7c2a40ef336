import {
  deeper,
  enter,
  isObject,
  longFail,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["manual"]);
const e1 = /* @__PURE__ */ set(["none"]);
const k0 = /* @__PURE__ */ set([
  "capture_method",
  "preferred_locale",
  "setup_future_usage",
]);

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
  const v1 = v.preferred_locale;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["preferred_locale"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["preferred_locale"], 5000, v1);
    }
  }
  const v2 = v.setup_future_usage;
  if (v2 !== undefined) {
    if (!e1.has(v2)) {
      ok = notInEnum(c, ["setup_future_usage"], e1, v2, ok);
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
  const v1 = v.preferred_locale;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.setup_future_usage;
  if (v2 !== undefined) {
    if (v2 !== "none") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    capture_method: opt(oneOf(e0)),
    preferred_locale: opt(nul(str())),
    setup_future_usage: opt(oneOf(e1)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_options_klarna",
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
  schema as PaymentMethodOptionsKlarna,
  validateInput as validatePaymentMethodOptionsKlarna,
  isValid as isPaymentMethodOptionsKlarna,
  check as checkPaymentMethodOptionsKlarna,
  test as testPaymentMethodOptionsKlarna,
};
