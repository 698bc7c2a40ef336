import {
  deeper,
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
} from "./payment_pages_checkout_session_after_expiration_recovery.js";

const k0 = set(["recovery"]);

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

function shape() {
  return obj({
    recovery: opt(nul(ref(PaymentPagesCheckoutSessionAfterExpirationRecovery))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_pages_checkout_session_after_expiration",
  check,
  shape,
});

function validateInput(input, options) {
  return validate(check, input, options);
}

function isValid(input) {
  return is(check, input);
}

export {
  schema as PaymentPagesCheckoutSessionAfterExpiration,
  validateInput as validatePaymentPagesCheckoutSessionAfterExpiration,
  isValid as isPaymentPagesCheckoutSessionAfterExpiration,
  check as checkPaymentPagesCheckoutSessionAfterExpiration,
};
