import {
  deeper,
  enter,
  isInt,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, int, nul, obj, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "allow_promotion_codes",
  "enabled",
  "expires_at",
  "url",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.allow_promotion_codes;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["allow_promotion_codes"], v0, ok);
  } else {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["allow_promotion_codes"], "boolean", v0);
    }
  }
  const v1 = v.enabled;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["enabled"], v1, ok);
  } else {
    if (typeof v1 !== "boolean") {
      ok = wrongType(c, ["enabled"], "boolean", v1);
    }
  }
  const v2 = v.expires_at;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) {
      ok = wrongType(c, ["expires_at"], "integer", v2);
    }
  }
  const v3 = v.url;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["url"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["url"], 5000, v3);
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
  const v0 = v.allow_promotion_codes;
  if (typeof v0 !== "boolean") return false;
  const v1 = v.enabled;
  if (typeof v1 !== "boolean") return false;
  const v2 = v.expires_at;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) return false;
  }
  const v3 = v.url;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    allow_promotion_codes: req(bool()),
    enabled: req(bool()),
    expires_at: opt(nul(int("unix-time"))),
    url: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_pages_checkout_session_after_expiration_recovery",
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
  schema as PaymentPagesCheckoutSessionAfterExpirationRecovery,
  validateInput as validatePaymentPagesCheckoutSessionAfterExpirationRecovery,
  isValid as isPaymentPagesCheckoutSessionAfterExpirationRecovery,
  check as checkPaymentPagesCheckoutSessionAfterExpirationRecovery,
  test as testPaymentPagesCheckoutSessionAfterExpirationRecovery,
};
