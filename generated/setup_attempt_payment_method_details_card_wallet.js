import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
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

const e0 = /* @__PURE__ */ set(["apple_pay", "google_pay", "link"]);
const k0 = /* @__PURE__ */ set(["apple_pay", "google_pay", "type"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.apple_pay;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkPaymentMethodDetailsCardWalletApplePay,
      v0,
      ok,
      "apple_pay",
    );
  }
  const v1 = v.google_pay;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkPaymentMethodDetailsCardWalletGooglePay,
      v1,
      ok,
      "google_pay",
    );
  }
  const v2 = v.type;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["type"], v2, ok);
  } else {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["type"], e0, v2, ok);
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
  const v0 = v.apple_pay;
  if (v0 !== undefined) {
    if (!testPaymentMethodDetailsCardWalletApplePay(v0, c)) return false;
  }
  const v1 = v.google_pay;
  if (v1 !== undefined) {
    if (!testPaymentMethodDetailsCardWalletGooglePay(v1, c)) return false;
  }
  const v2 = v.type;
  if (!e0.has(v2)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    apple_pay: opt(ref(PaymentMethodDetailsCardWalletApplePay)),
    google_pay: opt(ref(PaymentMethodDetailsCardWalletGooglePay)),
    type: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "setup_attempt_payment_method_details_card_wallet",
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
  schema as SetupAttemptPaymentMethodDetailsCardWallet,
  validateInput as validateSetupAttemptPaymentMethodDetailsCardWallet,
  isValid as isSetupAttemptPaymentMethodDetailsCardWallet,
  check as checkSetupAttemptPaymentMethodDetailsCardWallet,
  test as testSetupAttemptPaymentMethodDetailsCardWallet,
};
