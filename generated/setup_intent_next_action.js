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
import { any, obj, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode,
  checkPaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode,
  testPaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode,
} from "./payment_intent_next_action_cashapp_handle_redirect_or_display_qr_code.js";
import {
  SetupIntentNextActionRedirectToUrl,
  checkSetupIntentNextActionRedirectToUrl,
  testSetupIntentNextActionRedirectToUrl,
} from "./setup_intent_next_action_redirect_to_url.js";
import {
  SetupIntentNextActionVerifyWithMicrodeposits,
  checkSetupIntentNextActionVerifyWithMicrodeposits,
  testSetupIntentNextActionVerifyWithMicrodeposits,
} from "./setup_intent_next_action_verify_with_microdeposits.js";

const k0 = /* @__PURE__ */ set([
  "cashapp_handle_redirect_or_display_qr_code",
  "redirect_to_url",
  "type",
  "use_stripe_sdk",
  "verify_with_microdeposits",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.cashapp_handle_redirect_or_display_qr_code;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkPaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode,
      v0,
      ok,
      "cashapp_handle_redirect_or_display_qr_code",
    );
  }
  const v1 = v.redirect_to_url;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkSetupIntentNextActionRedirectToUrl,
      v1,
      ok,
      "redirect_to_url",
    );
  }
  const v2 = v.type;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["type"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["type"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["type"], 5000, v2);
    }
  }
  const v3 = v.use_stripe_sdk;
  if (v3 !== undefined) {
    if (!isObject(v3)) {
      ok = wrongType(c, ["use_stripe_sdk"], "object", v3);
    } else {
    }
  }
  const v4 = v.verify_with_microdeposits;
  if (v4 !== undefined) {
    ok = into(
      c,
      checkSetupIntentNextActionVerifyWithMicrodeposits,
      v4,
      ok,
      "verify_with_microdeposits",
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
  const v0 = v.cashapp_handle_redirect_or_display_qr_code;
  if (v0 !== undefined) {
    if (!testPaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode(v0, c))
      return false;
  }
  const v1 = v.redirect_to_url;
  if (v1 !== undefined) {
    if (!testSetupIntentNextActionRedirectToUrl(v1, c)) return false;
  }
  const v2 = v.type;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.use_stripe_sdk;
  if (v3 !== undefined) {
    if (!isObject(v3)) return false;
  }
  const v4 = v.verify_with_microdeposits;
  if (v4 !== undefined) {
    if (!testSetupIntentNextActionVerifyWithMicrodeposits(v4, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    cashapp_handle_redirect_or_display_qr_code: opt(
      ref(PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode),
    ),
    redirect_to_url: opt(ref(SetupIntentNextActionRedirectToUrl)),
    type: req(str()),
    use_stripe_sdk: opt(any()),
    verify_with_microdeposits: opt(
      ref(SetupIntentNextActionVerifyWithMicrodeposits),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "setup_intent_next_action",
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
  schema as SetupIntentNextAction,
  validateInput as validateSetupIntentNextAction,
  isValid as isSetupIntentNextAction,
  check as checkSetupIntentNextAction,
  test as testSetupIntentNextAction,
};
