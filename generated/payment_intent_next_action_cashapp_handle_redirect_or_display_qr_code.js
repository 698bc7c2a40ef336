import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentIntentNextActionCashappQrCode,
  checkPaymentIntentNextActionCashappQrCode,
  testPaymentIntentNextActionCashappQrCode,
} from "./payment_intent_next_action_cashapp_qr_code.js";

const k0 = /* @__PURE__ */ set([
  "hosted_instructions_url",
  "mobile_auth_url",
  "qr_code",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.hosted_instructions_url;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["hosted_instructions_url"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["hosted_instructions_url"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["hosted_instructions_url"], 5000, v0);
    }
  }
  const v1 = v.mobile_auth_url;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["mobile_auth_url"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["mobile_auth_url"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["mobile_auth_url"], 5000, v1);
    }
  }
  const v2 = v.qr_code;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["qr_code"], v2, ok);
  } else {
    ok = into(c, checkPaymentIntentNextActionCashappQrCode, v2, ok, "qr_code");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.hosted_instructions_url;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.mobile_auth_url;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.qr_code;
  if (!testPaymentIntentNextActionCashappQrCode(v2, c)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    hosted_instructions_url: req(str()),
    mobile_auth_url: req(str()),
    qr_code: req(ref(PaymentIntentNextActionCashappQrCode)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_next_action_cashapp_handle_redirect_or_display_qr_code",
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
  schema as PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode,
  validateInput as validatePaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode,
  isValid as isPaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode,
  check as checkPaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode,
  test as testPaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode,
};
