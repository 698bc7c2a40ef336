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
  name: "payment_method_customer_balance",
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
  schema as PaymentMethodCustomerBalance,
  validateInput as validatePaymentMethodCustomerBalance,
  isValid as isPaymentMethodCustomerBalance,
  check as checkPaymentMethodCustomerBalance,
  test as testPaymentMethodCustomerBalance,
};
