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
  PaymentPagesCheckoutSessionAfterExpirationRecovery,
  checkPaymentPagesCheckoutSessionAfterExpirationRecovery,
  testPaymentPagesCheckoutSessionAfterExpirationRecovery,
} from "./payment_pages_checkout_session_after_expiration_recovery.js";

const k0 = /* @__PURE__ */ set(["recovery"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.recovery;
  if (v0 !== undefined && v0 !== null) {
    ok = into(
      c,
      checkPaymentPagesCheckoutSessionAfterExpirationRecovery,
      v0,
      ok,
      "recovery",
    );
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.recovery;
  if (v0 !== undefined && v0 !== null) {
    if (!testPaymentPagesCheckoutSessionAfterExpirationRecovery(v0, c))
      return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    recovery: opt(nul(ref(PaymentPagesCheckoutSessionAfterExpirationRecovery))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_pages_checkout_session_after_expiration",
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
  schema as PaymentPagesCheckoutSessionAfterExpiration,
  validateInput as validatePaymentPagesCheckoutSessionAfterExpiration,
  isValid as isPaymentPagesCheckoutSessionAfterExpiration,
  check as checkPaymentPagesCheckoutSessionAfterExpiration,
  test as testPaymentPagesCheckoutSessionAfterExpiration,
};
