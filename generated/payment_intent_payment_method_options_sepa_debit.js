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
  PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit,
  checkPaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit,
  testPaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit,
} from "./payment_intent_payment_method_options_mandate_options_sepa_debit.js";

const e0 = /* @__PURE__ */ set(["none", "off_session", "on_session"]);
const k0 = /* @__PURE__ */ set(["mandate_options", "setup_future_usage"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.mandate_options;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkPaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit,
      v0,
      ok,
      "mandate_options",
    );
  }
  const v1 = v.setup_future_usage;
  if (v1 !== undefined) {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["setup_future_usage"], e0, v1, ok);
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
  const v0 = v.mandate_options;
  if (v0 !== undefined) {
    if (!testPaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit(v0, c))
      return false;
  }
  const v1 = v.setup_future_usage;
  if (v1 !== undefined) {
    if (!e0.has(v1)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    mandate_options: opt(
      ref(PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit),
    ),
    setup_future_usage: opt(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_payment_method_options_sepa_debit",
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
  schema as PaymentIntentPaymentMethodOptionsSepaDebit,
  validateInput as validatePaymentIntentPaymentMethodOptionsSepaDebit,
  isValid as isPaymentIntentPaymentMethodOptionsSepaDebit,
  check as checkPaymentIntentPaymentMethodOptionsSepaDebit,
  test as testPaymentIntentPaymentMethodOptionsSepaDebit,
};
