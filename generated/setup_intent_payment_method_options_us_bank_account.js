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
import { obj, oneOf, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  LinkedAccountOptionsUsBankAccount,
  checkLinkedAccountOptionsUsBankAccount,
  testLinkedAccountOptionsUsBankAccount,
} from "./linked_account_options_us_bank_account.js";

const k0 = /* @__PURE__ */ set([
  "financial_connections",
  "verification_method",
]);
const e0 = /* @__PURE__ */ set(["automatic", "instant", "microdeposits"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.financial_connections;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkLinkedAccountOptionsUsBankAccount,
      v0,
      ok,
      "financial_connections",
    );
  }
  const v1 = v.verification_method;
  if (v1 !== undefined) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["verification_method"], "string", v1);
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
  const v0 = v.financial_connections;
  if (v0 !== undefined) {
    if (!testLinkedAccountOptionsUsBankAccount(v0, c)) return false;
  }
  const v1 = v.verification_method;
  if (v1 !== undefined) {
    if (typeof v1 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    financial_connections: opt(ref(LinkedAccountOptionsUsBankAccount)),
    verification_method: opt(oneOf(e0, true)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "setup_intent_payment_method_options_us_bank_account",
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
  schema as SetupIntentPaymentMethodOptionsUsBankAccount,
  validateInput as validateSetupIntentPaymentMethodOptionsUsBankAccount,
  isValid as isSetupIntentPaymentMethodOptionsUsBankAccount,
  check as checkSetupIntentPaymentMethodOptionsUsBankAccount,
  test as testSetupIntentPaymentMethodOptionsUsBankAccount,
};
