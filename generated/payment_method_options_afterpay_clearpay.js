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
const k0 = /* @__PURE__ */ set([
  "capture_method",
  "reference",
  "setup_future_usage",
]);
const e1 = /* @__PURE__ */ set(["none"]);

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
  const v1 = v.reference;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["reference"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["reference"], 5000, v1);
    }
  }
  const v2 = v.setup_future_usage;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["setup_future_usage"], "string", v2);
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
  const v1 = v.reference;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.setup_future_usage;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    capture_method: opt(oneOf(e0)),
    reference: opt(nul(str())),
    setup_future_usage: opt(oneOf(e1, true)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_options_afterpay_clearpay",
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
  schema as PaymentMethodOptionsAfterpayClearpay,
  validateInput as validatePaymentMethodOptionsAfterpayClearpay,
  isValid as isPaymentMethodOptionsAfterpayClearpay,
  check as checkPaymentMethodOptionsAfterpayClearpay,
  test as testPaymentMethodOptionsAfterpayClearpay,
};
