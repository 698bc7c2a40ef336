import {
  deeper,
  enter,
  into,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentMethodUsBankAccountBlocked,
  checkPaymentMethodUsBankAccountBlocked,
  testPaymentMethodUsBankAccountBlocked,
} from "./payment_method_us_bank_account_blocked.js";

const k0 = /* @__PURE__ */ set(["blocked"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.blocked;
  if (v0 !== undefined) {
    ok = into(c, checkPaymentMethodUsBankAccountBlocked, v0, ok, "blocked");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.blocked;
  if (v0 !== undefined) {
    if (!testPaymentMethodUsBankAccountBlocked(v0, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ blocked: opt(ref(PaymentMethodUsBankAccountBlocked)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_us_bank_account_status_details",
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
  schema as PaymentMethodUsBankAccountStatusDetails,
  validateInput as validatePaymentMethodUsBankAccountStatusDetails,
  isValid as isPaymentMethodUsBankAccountStatusDetails,
  check as checkPaymentMethodUsBankAccountStatusDetails,
  test as testPaymentMethodUsBankAccountStatusDetails,
};
