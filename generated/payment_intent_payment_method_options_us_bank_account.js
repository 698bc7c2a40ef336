import {
  deeper,
  enter,
  into,
  isObject,
  notInEnum,
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

const e0 = /* @__PURE__ */ set(["fastest", "standard"]);
const e1 = /* @__PURE__ */ set(["none", "off_session", "on_session"]);
const k0 = /* @__PURE__ */ set([
  "financial_connections",
  "preferred_settlement_speed",
  "setup_future_usage",
  "verification_method",
]);
const e2 = /* @__PURE__ */ set(["automatic", "instant", "microdeposits"]);

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
  const v1 = v.preferred_settlement_speed;
  if (v1 !== undefined) {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["preferred_settlement_speed"], e0, v1, ok);
    }
  }
  const v2 = v.setup_future_usage;
  if (v2 !== undefined) {
    if (!e1.has(v2)) {
      ok = notInEnum(c, ["setup_future_usage"], e1, v2, ok);
    }
  }
  const v3 = v.verification_method;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["verification_method"], "string", v3);
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
  const v1 = v.preferred_settlement_speed;
  if (v1 !== undefined) {
    if (!e0.has(v1)) return false;
  }
  const v2 = v.setup_future_usage;
  if (v2 !== undefined) {
    if (!e1.has(v2)) return false;
  }
  const v3 = v.verification_method;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    financial_connections: opt(ref(LinkedAccountOptionsUsBankAccount)),
    preferred_settlement_speed: opt(oneOf(e0)),
    setup_future_usage: opt(oneOf(e1)),
    verification_method: opt(oneOf(e2, true)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_payment_method_options_us_bank_account",
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
  schema as PaymentIntentPaymentMethodOptionsUsBankAccount,
  validateInput as validatePaymentIntentPaymentMethodOptionsUsBankAccount,
  isValid as isPaymentIntentPaymentMethodOptionsUsBankAccount,
  check as checkPaymentIntentPaymentMethodOptionsUsBankAccount,
  test as testPaymentIntentPaymentMethodOptionsUsBankAccount,
};
