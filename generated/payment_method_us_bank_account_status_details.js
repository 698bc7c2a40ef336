import {
  deeper,
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
} from "./payment_method_us_bank_account_blocked.js";

const k0 = set(["blocked"]);

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

function shape() {
  return obj({ blocked: opt(ref(PaymentMethodUsBankAccountBlocked)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_us_bank_account_status_details",
  check,
  shape,
});

function validateInput(input, options) {
  return validate(check, input, options);
}

function isValid(input) {
  return is(check, input);
}

export {
  schema as PaymentMethodUsBankAccountStatusDetails,
  validateInput as validatePaymentMethodUsBankAccountStatusDetails,
  isValid as isPaymentMethodUsBankAccountStatusDetails,
  check as checkPaymentMethodUsBankAccountStatusDetails,
};
