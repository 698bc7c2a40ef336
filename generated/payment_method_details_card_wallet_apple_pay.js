import { deeper, enter, isObject, wrongType } from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { any } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  c.depth--;
  return true;
}

function shape() {
  return any();
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_details_card_wallet_apple_pay",
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
  schema as PaymentMethodDetailsCardWalletApplePay,
  validateInput as validatePaymentMethodDetailsCardWalletApplePay,
  isValid as isPaymentMethodDetailsCardWalletApplePay,
  check as checkPaymentMethodDetailsCardWalletApplePay,
  test as testPaymentMethodDetailsCardWalletApplePay,
};
