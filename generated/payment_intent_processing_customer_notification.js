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

const k0 = /* @__PURE__ */ set(["approval_requested", "completes_at"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.approval_requested;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["approval_requested"], "boolean", v0);
    }
  }
  const v1 = v.completes_at;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["completes_at"], "integer", v1);
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
  const v0 = v.approval_requested;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "boolean") return false;
  }
  const v1 = v.completes_at;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    approval_requested: opt(nul(bool())),
    completes_at: opt(nul(int("unix-time"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_processing_customer_notification",
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
  schema as PaymentIntentProcessingCustomerNotification,
  validateInput as validatePaymentIntentProcessingCustomerNotification,
  isValid as isPaymentIntentProcessingCustomerNotification,
  check as checkPaymentIntentProcessingCustomerNotification,
  test as testPaymentIntentProcessingCustomerNotification,
};
