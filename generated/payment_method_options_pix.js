import {
  deeper,
  enter,
  isInt,
  isObject,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, oneOf, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["none"]);
const k0 = /* @__PURE__ */ set([
  "expires_after_seconds",
  "expires_at",
  "setup_future_usage",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.expires_after_seconds;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["expires_after_seconds"], "integer", v0);
    }
  }
  const v1 = v.expires_at;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["expires_at"], "integer", v1);
    }
  }
  const v2 = v.setup_future_usage;
  if (v2 !== undefined) {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["setup_future_usage"], e0, v2, ok);
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
  const v0 = v.expires_after_seconds;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.expires_at;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
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
    expires_after_seconds: opt(nul(int())),
    expires_at: opt(nul(int())),
    setup_future_usage: opt(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_options_pix",
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
  schema as PaymentMethodOptionsPix,
  validateInput as validatePaymentMethodOptionsPix,
  isValid as isPaymentMethodOptionsPix,
  check as checkPaymentMethodOptionsPix,
  test as testPaymentMethodOptionsPix,
};
