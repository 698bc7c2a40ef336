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
  PaymentIntentProcessingCustomerNotification,
  checkPaymentIntentProcessingCustomerNotification,
  testPaymentIntentProcessingCustomerNotification,
} from "./payment_intent_processing_customer_notification.js";

const k0 = /* @__PURE__ */ set(["customer_notification"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.customer_notification;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkPaymentIntentProcessingCustomerNotification,
      v0,
      ok,
      "customer_notification",
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
  const v0 = v.customer_notification;
  if (v0 !== undefined) {
    if (!testPaymentIntentProcessingCustomerNotification(v0, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    customer_notification: opt(
      ref(PaymentIntentProcessingCustomerNotification),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_card_processing",
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
  schema as PaymentIntentCardProcessing,
  validateInput as validatePaymentIntentCardProcessing,
  isValid as isPaymentIntentCardProcessing,
  check as checkPaymentIntentCardProcessing,
  test as testPaymentIntentCardProcessing,
};
