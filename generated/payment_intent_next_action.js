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
  PaymentIntentNextActionAlipayHandleRedirect,
  checkPaymentIntentNextActionAlipayHandleRedirect,
  testPaymentIntentNextActionAlipayHandleRedirect,
} from "./payment_intent_next_action_alipay_handle_redirect.js";
import {
  PaymentIntentNextActionBoleto,
  checkPaymentIntentNextActionBoleto,
  testPaymentIntentNextActionBoleto,
} from "./payment_intent_next_action_boleto.js";
import {
  PaymentIntentNextActionCardAwaitNotification,
  checkPaymentIntentNextActionCardAwaitNotification,
  testPaymentIntentNextActionCardAwaitNotification,
} from "./payment_intent_next_action_card_await_notification.js";
import {
  PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode,
  checkPaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode,
  testPaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode,
} from "./payment_intent_next_action_cashapp_handle_redirect_or_display_qr_code.js";
import {
  PaymentIntentNextActionDisplayBankTransferInstructions,
  checkPaymentIntentNextActionDisplayBankTransferInstructions,
  testPaymentIntentNextActionDisplayBankTransferInstructions,
} from "./payment_intent_next_action_display_bank_transfer_instructions.js";
import {
  PaymentIntentNextActionDisplayOxxoDetails,
  checkPaymentIntentNextActionDisplayOxxoDetails,
  testPaymentIntentNextActionDisplayOxxoDetails,
} from "./payment_intent_next_action_display_oxxo_details.js";
import {
  PaymentIntentNextActionKonbini,
  checkPaymentIntentNextActionKonbini,
  testPaymentIntentNextActionKonbini,
} from "./payment_intent_next_action_konbini.js";
import {
  PaymentIntentNextActionPaynowDisplayQrCode,
  checkPaymentIntentNextActionPaynowDisplayQrCode,
  testPaymentIntentNextActionPaynowDisplayQrCode,
} from "./payment_intent_next_action_paynow_display_qr_code.js";
import {
  PaymentIntentNextActionPixDisplayQrCode,
  checkPaymentIntentNextActionPixDisplayQrCode,
  testPaymentIntentNextActionPixDisplayQrCode,
} from "./payment_intent_next_action_pix_display_qr_code.js";
import {
  PaymentIntentNextActionPromptpayDisplayQrCode,
  checkPaymentIntentNextActionPromptpayDisplayQrCode,
  testPaymentIntentNextActionPromptpayDisplayQrCode,
} from "./payment_intent_next_action_promptpay_display_qr_code.js";
import {
  PaymentIntentNextActionRedirectToUrl,
  checkPaymentIntentNextActionRedirectToUrl,
  testPaymentIntentNextActionRedirectToUrl,
} from "./payment_intent_next_action_redirect_to_url.js";
import {
  PaymentIntentNextActionVerifyWithMicrodeposits,
  checkPaymentIntentNextActionVerifyWithMicrodeposits,
  testPaymentIntentNextActionVerifyWithMicrodeposits,
} from "./payment_intent_next_action_verify_with_microdeposits.js";
import {
  PaymentIntentNextActionWechatPayDisplayQrCode,
  checkPaymentIntentNextActionWechatPayDisplayQrCode,
  testPaymentIntentNextActionWechatPayDisplayQrCode,
} from "./payment_intent_next_action_wechat_pay_display_qr_code.js";
import {
  PaymentIntentNextActionWechatPayRedirectToAndroidApp,
  checkPaymentIntentNextActionWechatPayRedirectToAndroidApp,
  testPaymentIntentNextActionWechatPayRedirectToAndroidApp,
} from "./payment_intent_next_action_wechat_pay_redirect_to_android_app.js";
import {
  PaymentIntentNextActionWechatPayRedirectToIosApp,
  checkPaymentIntentNextActionWechatPayRedirectToIosApp,
  testPaymentIntentNextActionWechatPayRedirectToIosApp,
} from "./payment_intent_next_action_wechat_pay_redirect_to_ios_app.js";

const k0 = /* @__PURE__ */ set([
  "alipay_handle_redirect",
  "boleto_display_details",
  "card_await_notification",
  "cashapp_handle_redirect_or_display_qr_code",
  "display_bank_transfer_instructions",
  "konbini_display_details",
  "oxxo_display_details",
  "paynow_display_qr_code",
  "pix_display_qr_code",
  "promptpay_display_qr_code",
  "redirect_to_url",
  "type",
  "use_stripe_sdk",
  "verify_with_microdeposits",
  "wechat_pay_display_qr_code",
  "wechat_pay_redirect_to_android_app",
  "wechat_pay_redirect_to_ios_app",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.alipay_handle_redirect;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkPaymentIntentNextActionAlipayHandleRedirect,
      v0,
      ok,
      "alipay_handle_redirect",
    );
  }
  const v1 = v.boleto_display_details;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkPaymentIntentNextActionBoleto,
      v1,
      ok,
      "boleto_display_details",
    );
  }
  const v2 = v.card_await_notification;
  if (v2 !== undefined) {
    ok = into(
      c,
      checkPaymentIntentNextActionCardAwaitNotification,
      v2,
      ok,
      "card_await_notification",
    );
  }
  const v3 = v.cashapp_handle_redirect_or_display_qr_code;
  if (v3 !== undefined) {
    ok = into(
      c,
      checkPaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode,
      v3,
      ok,
      "cashapp_handle_redirect_or_display_qr_code",
    );
  }
  const v4 = v.display_bank_transfer_instructions;
  if (v4 !== undefined) {
    ok = into(
      c,
      checkPaymentIntentNextActionDisplayBankTransferInstructions,
      v4,
      ok,
      "display_bank_transfer_instructions",
    );
  }
  const v5 = v.konbini_display_details;
  if (v5 !== undefined) {
    ok = into(
      c,
      checkPaymentIntentNextActionKonbini,
      v5,
      ok,
      "konbini_display_details",
    );
  }
  const v6 = v.oxxo_display_details;
  if (v6 !== undefined) {
    ok = into(
      c,
      checkPaymentIntentNextActionDisplayOxxoDetails,
      v6,
      ok,
      "oxxo_display_details",
    );
  }
  const v7 = v.paynow_display_qr_code;
  if (v7 !== undefined) {
    ok = into(
      c,
      checkPaymentIntentNextActionPaynowDisplayQrCode,
      v7,
      ok,
      "paynow_display_qr_code",
    );
  }
  const v8 = v.pix_display_qr_code;
  if (v8 !== undefined) {
    ok = into(
      c,
      checkPaymentIntentNextActionPixDisplayQrCode,
      v8,
      ok,
      "pix_display_qr_code",
    );
  }
  const v9 = v.promptpay_display_qr_code;
  if (v9 !== undefined) {
    ok = into(
      c,
      checkPaymentIntentNextActionPromptpayDisplayQrCode,
      v9,
      ok,
      "promptpay_display_qr_code",
    );
  }
  const v10 = v.redirect_to_url;
  if (v10 !== undefined) {
    ok = into(
      c,
      checkPaymentIntentNextActionRedirectToUrl,
      v10,
      ok,
      "redirect_to_url",
    );
  }
  const v11 = v.type;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["type"], v11, ok);
  } else {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["type"], "string", v11);
    } else if (v11.length > 5000 && tooLong(v11, 5000)) {
      ok = longFail(c, ["type"], 5000, v11);
    }
  }
  const v12 = v.use_stripe_sdk;
  if (v12 !== undefined) {
    if (!isObject(v12)) {
      ok = wrongType(c, ["use_stripe_sdk"], "object", v12);
    } else {
    }
  }
  const v13 = v.verify_with_microdeposits;
  if (v13 !== undefined) {
    ok = into(
      c,
      checkPaymentIntentNextActionVerifyWithMicrodeposits,
      v13,
      ok,
      "verify_with_microdeposits",
    );
  }
  const v14 = v.wechat_pay_display_qr_code;
  if (v14 !== undefined) {
    ok = into(
      c,
      checkPaymentIntentNextActionWechatPayDisplayQrCode,
      v14,
      ok,
      "wechat_pay_display_qr_code",
    );
  }
  const v15 = v.wechat_pay_redirect_to_android_app;
  if (v15 !== undefined) {
    ok = into(
      c,
      checkPaymentIntentNextActionWechatPayRedirectToAndroidApp,
      v15,
      ok,
      "wechat_pay_redirect_to_android_app",
    );
  }
  const v16 = v.wechat_pay_redirect_to_ios_app;
  if (v16 !== undefined) {
    ok = into(
      c,
      checkPaymentIntentNextActionWechatPayRedirectToIosApp,
      v16,
      ok,
      "wechat_pay_redirect_to_ios_app",
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
  const v0 = v.alipay_handle_redirect;
  if (v0 !== undefined) {
    if (!testPaymentIntentNextActionAlipayHandleRedirect(v0, c)) return false;
  }
  const v1 = v.boleto_display_details;
  if (v1 !== undefined) {
    if (!testPaymentIntentNextActionBoleto(v1, c)) return false;
  }
  const v2 = v.card_await_notification;
  if (v2 !== undefined) {
    if (!testPaymentIntentNextActionCardAwaitNotification(v2, c)) return false;
  }
  const v3 = v.cashapp_handle_redirect_or_display_qr_code;
  if (v3 !== undefined) {
    if (!testPaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode(v3, c))
      return false;
  }
  const v4 = v.display_bank_transfer_instructions;
  if (v4 !== undefined) {
    if (!testPaymentIntentNextActionDisplayBankTransferInstructions(v4, c))
      return false;
  }
  const v5 = v.konbini_display_details;
  if (v5 !== undefined) {
    if (!testPaymentIntentNextActionKonbini(v5, c)) return false;
  }
  const v6 = v.oxxo_display_details;
  if (v6 !== undefined) {
    if (!testPaymentIntentNextActionDisplayOxxoDetails(v6, c)) return false;
  }
  const v7 = v.paynow_display_qr_code;
  if (v7 !== undefined) {
    if (!testPaymentIntentNextActionPaynowDisplayQrCode(v7, c)) return false;
  }
  const v8 = v.pix_display_qr_code;
  if (v8 !== undefined) {
    if (!testPaymentIntentNextActionPixDisplayQrCode(v8, c)) return false;
  }
  const v9 = v.promptpay_display_qr_code;
  if (v9 !== undefined) {
    if (!testPaymentIntentNextActionPromptpayDisplayQrCode(v9, c)) return false;
  }
  const v10 = v.redirect_to_url;
  if (v10 !== undefined) {
    if (!testPaymentIntentNextActionRedirectToUrl(v10, c)) return false;
  }
  const v11 = v.type;
  if (typeof v11 !== "string") return false;
  if (v11.length > 5000 && tooLong(v11, 5000)) return false;
  const v12 = v.use_stripe_sdk;
  if (v12 !== undefined) {
    if (!isObject(v12)) return false;
  }
  const v13 = v.verify_with_microdeposits;
  if (v13 !== undefined) {
    if (!testPaymentIntentNextActionVerifyWithMicrodeposits(v13, c))
      return false;
  }
  const v14 = v.wechat_pay_display_qr_code;
  if (v14 !== undefined) {
    if (!testPaymentIntentNextActionWechatPayDisplayQrCode(v14, c))
      return false;
  }
  const v15 = v.wechat_pay_redirect_to_android_app;
  if (v15 !== undefined) {
    if (!testPaymentIntentNextActionWechatPayRedirectToAndroidApp(v15, c))
      return false;
  }
  const v16 = v.wechat_pay_redirect_to_ios_app;
  if (v16 !== undefined) {
    if (!testPaymentIntentNextActionWechatPayRedirectToIosApp(v16, c))
      return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    alipay_handle_redirect: opt(
      ref(PaymentIntentNextActionAlipayHandleRedirect),
    ),
    boleto_display_details: opt(ref(PaymentIntentNextActionBoleto)),
    card_await_notification: opt(
      ref(PaymentIntentNextActionCardAwaitNotification),
    ),
    cashapp_handle_redirect_or_display_qr_code: opt(
      ref(PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode),
    ),
    display_bank_transfer_instructions: opt(
      ref(PaymentIntentNextActionDisplayBankTransferInstructions),
    ),
    konbini_display_details: opt(ref(PaymentIntentNextActionKonbini)),
    oxxo_display_details: opt(ref(PaymentIntentNextActionDisplayOxxoDetails)),
    paynow_display_qr_code: opt(
      ref(PaymentIntentNextActionPaynowDisplayQrCode),
    ),
    pix_display_qr_code: opt(ref(PaymentIntentNextActionPixDisplayQrCode)),
    promptpay_display_qr_code: opt(
      ref(PaymentIntentNextActionPromptpayDisplayQrCode),
    ),
    redirect_to_url: opt(ref(PaymentIntentNextActionRedirectToUrl)),
    type: req(str()),
    use_stripe_sdk: opt(any()),
    verify_with_microdeposits: opt(
      ref(PaymentIntentNextActionVerifyWithMicrodeposits),
    ),
    wechat_pay_display_qr_code: opt(
      ref(PaymentIntentNextActionWechatPayDisplayQrCode),
    ),
    wechat_pay_redirect_to_android_app: opt(
      ref(PaymentIntentNextActionWechatPayRedirectToAndroidApp),
    ),
    wechat_pay_redirect_to_ios_app: opt(
      ref(PaymentIntentNextActionWechatPayRedirectToIosApp),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_next_action",
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
  schema as PaymentIntentNextAction,
  validateInput as validatePaymentIntentNextAction,
  isValid as isPaymentIntentNextAction,
  check as checkPaymentIntentNextAction,
  test as testPaymentIntentNextAction,
};
