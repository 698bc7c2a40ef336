import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  missing,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentMethodCardWalletAmexExpressCheckout,
  checkPaymentMethodCardWalletAmexExpressCheckout,
  testPaymentMethodCardWalletAmexExpressCheckout,
} from "./payment_method_card_wallet_amex_express_checkout.js";
import {
  PaymentMethodCardWalletApplePay,
  checkPaymentMethodCardWalletApplePay,
  testPaymentMethodCardWalletApplePay,
} from "./payment_method_card_wallet_apple_pay.js";
import {
  PaymentMethodCardWalletGooglePay,
  checkPaymentMethodCardWalletGooglePay,
  testPaymentMethodCardWalletGooglePay,
} from "./payment_method_card_wallet_google_pay.js";
import {
  PaymentMethodCardWalletLink,
  checkPaymentMethodCardWalletLink,
  testPaymentMethodCardWalletLink,
} from "./payment_method_card_wallet_link.js";
import {
  PaymentMethodCardWalletMasterpass,
  checkPaymentMethodCardWalletMasterpass,
  testPaymentMethodCardWalletMasterpass,
} from "./payment_method_card_wallet_masterpass.js";
import {
  PaymentMethodCardWalletSamsungPay,
  checkPaymentMethodCardWalletSamsungPay,
  testPaymentMethodCardWalletSamsungPay,
} from "./payment_method_card_wallet_samsung_pay.js";
import {
  PaymentMethodCardWalletVisaCheckout,
  checkPaymentMethodCardWalletVisaCheckout,
  testPaymentMethodCardWalletVisaCheckout,
} from "./payment_method_card_wallet_visa_checkout.js";

const e0 = /* @__PURE__ */ set([
  "amex_express_checkout",
  "apple_pay",
  "google_pay",
  "link",
  "masterpass",
  "samsung_pay",
  "visa_checkout",
]);
const k0 = /* @__PURE__ */ set([
  "amex_express_checkout",
  "apple_pay",
  "dynamic_last4",
  "google_pay",
  "link",
  "masterpass",
  "samsung_pay",
  "type",
  "visa_checkout",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amex_express_checkout;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkPaymentMethodCardWalletAmexExpressCheckout,
      v0,
      ok,
      "amex_express_checkout",
    );
  }
  const v1 = v.apple_pay;
  if (v1 !== undefined) {
    ok = into(c, checkPaymentMethodCardWalletApplePay, v1, ok, "apple_pay");
  }
  const v2 = v.dynamic_last4;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["dynamic_last4"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["dynamic_last4"], 5000, v2);
    }
  }
  const v3 = v.google_pay;
  if (v3 !== undefined) {
    ok = into(c, checkPaymentMethodCardWalletGooglePay, v3, ok, "google_pay");
  }
  const v4 = v.link;
  if (v4 !== undefined) {
    ok = into(c, checkPaymentMethodCardWalletLink, v4, ok, "link");
  }
  const v5 = v.masterpass;
  if (v5 !== undefined) {
    ok = into(c, checkPaymentMethodCardWalletMasterpass, v5, ok, "masterpass");
  }
  const v6 = v.samsung_pay;
  if (v6 !== undefined) {
    ok = into(c, checkPaymentMethodCardWalletSamsungPay, v6, ok, "samsung_pay");
  }
  const v7 = v.type;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["type"], v7, ok);
  } else {
    if (!e0.has(v7)) {
      ok = notInEnum(c, ["type"], e0, v7, ok);
    }
  }
  const v8 = v.visa_checkout;
  if (v8 !== undefined) {
    ok = into(
      c,
      checkPaymentMethodCardWalletVisaCheckout,
      v8,
      ok,
      "visa_checkout",
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
  const v0 = v.amex_express_checkout;
  if (v0 !== undefined) {
    if (!testPaymentMethodCardWalletAmexExpressCheckout(v0, c)) return false;
  }
  const v1 = v.apple_pay;
  if (v1 !== undefined) {
    if (!testPaymentMethodCardWalletApplePay(v1, c)) return false;
  }
  const v2 = v.dynamic_last4;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.google_pay;
  if (v3 !== undefined) {
    if (!testPaymentMethodCardWalletGooglePay(v3, c)) return false;
  }
  const v4 = v.link;
  if (v4 !== undefined) {
    if (!testPaymentMethodCardWalletLink(v4, c)) return false;
  }
  const v5 = v.masterpass;
  if (v5 !== undefined) {
    if (!testPaymentMethodCardWalletMasterpass(v5, c)) return false;
  }
  const v6 = v.samsung_pay;
  if (v6 !== undefined) {
    if (!testPaymentMethodCardWalletSamsungPay(v6, c)) return false;
  }
  const v7 = v.type;
  if (!e0.has(v7)) return false;
  const v8 = v.visa_checkout;
  if (v8 !== undefined) {
    if (!testPaymentMethodCardWalletVisaCheckout(v8, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amex_express_checkout: opt(ref(PaymentMethodCardWalletAmexExpressCheckout)),
    apple_pay: opt(ref(PaymentMethodCardWalletApplePay)),
    dynamic_last4: opt(nul(str())),
    google_pay: opt(ref(PaymentMethodCardWalletGooglePay)),
    link: opt(ref(PaymentMethodCardWalletLink)),
    masterpass: opt(ref(PaymentMethodCardWalletMasterpass)),
    samsung_pay: opt(ref(PaymentMethodCardWalletSamsungPay)),
    type: req(oneOf(e0)),
    visa_checkout: opt(ref(PaymentMethodCardWalletVisaCheckout)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_card_wallet",
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
  schema as PaymentMethodCardWallet,
  validateInput as validatePaymentMethodCardWallet,
  isValid as isPaymentMethodCardWallet,
  check as checkPaymentMethodCardWallet,
  test as testPaymentMethodCardWallet,
};
