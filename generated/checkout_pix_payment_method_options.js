import {
  deeper,
  enter,
  isInt,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["expires_after_seconds"]);

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
  c.depth--;
  return true;
}

function shape() {
  return obj({ expires_after_seconds: opt(nul(int())) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "checkout_pix_payment_method_options",
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
  schema as CheckoutPixPaymentMethodOptions,
  validateInput as validateCheckoutPixPaymentMethodOptions,
  isValid as isCheckoutPixPaymentMethodOptions,
  check as checkCheckoutPixPaymentMethodOptions,
  test as testCheckoutPixPaymentMethodOptions,
};
