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
  PaymentMethodDetailsCardWalletAmexExpressCheckout,
  checkPaymentMethodDetailsCardWalletAmexExpressCheckout,
  testPaymentMethodDetailsCardWalletAmexExpressCheckout,
} from "./payment_method_details_card_wallet_amex_express_checkout.js";
import {
  PaymentMethodDetailsCardWalletApplePay,
  checkPaymentMethodDetailsCardWalletApplePay,
  testPaymentMethodDetailsCardWalletApplePay,
} from "./payment_method_details_card_wallet_apple_pay.js";
import {
  PaymentMethodDetailsCardWalletGooglePay,
  checkPaymentMethodDetailsCardWalletGooglePay,
  testPaymentMethodDetailsCardWalletGooglePay,
} from "./payment_method_details_card_wallet_google_pay.js";
import {
  PaymentMethodDetailsCardWalletLink,
  checkPaymentMethodDetailsCardWalletLink,
  testPaymentMethodDetailsCardWalletLink,
} from "./payment_method_details_card_wallet_link.js";
import {
  PaymentMethodDetailsCardWalletMasterpass,
  checkPaymentMethodDetailsCardWalletMasterpass,
  testPaymentMethodDetailsCardWalletMasterpass,
} from "./payment_method_details_card_wallet_masterpass.js";
import {
  PaymentMethodDetailsCardWalletSamsungPay,
  checkPaymentMethodDetailsCardWalletSamsungPay,
  testPaymentMethodDetailsCardWalletSamsungPay,
} from "./payment_method_details_card_wallet_samsung_pay.js";
import {
  PaymentMethodDetailsCardWalletVisaCheckout,
  checkPaymentMethodDetailsCardWalletVisaCheckout,
  testPaymentMethodDetailsCardWalletVisaCheckout,
} from "./payment_method_details_card_wallet_visa_checkout.js";

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
      checkPaymentMethodDetailsCardWalletAmexExpressCheckout,
      v0,
      ok,
      "amex_express_checkout",
    );
  }
  const v1 = v.apple_pay;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkPaymentMethodDetailsCardWalletApplePay,
      v1,
      ok,
      "apple_pay",
    );
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
    ok = into(
      c,
      checkPaymentMethodDetailsCardWalletGooglePay,
      v3,
      ok,
      "google_pay",
    );
  }
  const v4 = v.link;
  if (v4 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsCardWalletLink, v4, ok, "link");
  }
  const v5 = v.masterpass;
  if (v5 !== undefined) {
    ok = into(
      c,
      checkPaymentMethodDetailsCardWalletMasterpass,
      v5,
      ok,
      "masterpass",
    );
  }
  const v6 = v.samsung_pay;
  if (v6 !== undefined) {
    ok = into(
      c,
      checkPaymentMethodDetailsCardWalletSamsungPay,
      v6,
      ok,
      "samsung_pay",
    );
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
      checkPaymentMethodDetailsCardWalletVisaCheckout,
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
    if (!testPaymentMethodDetailsCardWalletAmexExpressCheckout(v0, c))
      return false;
  }
  const v1 = v.apple_pay;
  if (v1 !== undefined) {
    if (!testPaymentMethodDetailsCardWalletApplePay(v1, c)) return false;
  }
  const v2 = v.dynamic_last4;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.google_pay;
  if (v3 !== undefined) {
    if (!testPaymentMethodDetailsCardWalletGooglePay(v3, c)) return false;
  }
  const v4 = v.link;
  if (v4 !== undefined) {
    if (!testPaymentMethodDetailsCardWalletLink(v4, c)) return false;
  }
  const v5 = v.masterpass;
  if (v5 !== undefined) {
    if (!testPaymentMethodDetailsCardWalletMasterpass(v5, c)) return false;
  }
  const v6 = v.samsung_pay;
  if (v6 !== undefined) {
    if (!testPaymentMethodDetailsCardWalletSamsungPay(v6, c)) return false;
  }
  const v7 = v.type;
  if (!e0.has(v7)) return false;
  const v8 = v.visa_checkout;
  if (v8 !== undefined) {
    if (!testPaymentMethodDetailsCardWalletVisaCheckout(v8, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amex_express_checkout: opt(
      ref(PaymentMethodDetailsCardWalletAmexExpressCheckout),
    ),
    apple_pay: opt(ref(PaymentMethodDetailsCardWalletApplePay)),
    dynamic_last4: opt(nul(str())),
    google_pay: opt(ref(PaymentMethodDetailsCardWalletGooglePay)),
    link: opt(ref(PaymentMethodDetailsCardWalletLink)),
    masterpass: opt(ref(PaymentMethodDetailsCardWalletMasterpass)),
    samsung_pay: opt(ref(PaymentMethodDetailsCardWalletSamsungPay)),
    type: req(oneOf(e0)),
    visa_checkout: opt(ref(PaymentMethodDetailsCardWalletVisaCheckout)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_details_card_wallet",
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
  schema as PaymentMethodDetailsCardWallet,
  validateInput as validatePaymentMethodDetailsCardWallet,
  isValid as isPaymentMethodDetailsCardWallet,
  check as checkPaymentMethodDetailsCardWallet,
  test as testPaymentMethodDetailsCardWallet,
};
