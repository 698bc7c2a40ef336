import {
  deeper,
  enter,
  isInt,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, int, nul, obj, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "charge_attempt_at",
  "customer_approval_required",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.charge_attempt_at;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["charge_attempt_at"], "integer", v0);
    }
  }
  const v1 = v.customer_approval_required;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "boolean") {
      ok = wrongType(c, ["customer_approval_required"], "boolean", v1);
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
  const v0 = v.charge_attempt_at;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.customer_approval_required;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "boolean") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    charge_attempt_at: opt(nul(int("unix-time"))),
    customer_approval_required: opt(nul(bool())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_next_action_card_await_notification",
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
  schema as PaymentIntentNextActionCardAwaitNotification,
  validateInput as validatePaymentIntentNextActionCardAwaitNotification,
  isValid as isPaymentIntentNextActionCardAwaitNotification,
  check as checkPaymentIntentNextActionCardAwaitNotification,
  test as testPaymentIntentNextActionCardAwaitNotification,
};
