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
  SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit,
  checkSetupIntentPaymentMethodOptionsMandateOptionsSepaDebit,
  testSetupIntentPaymentMethodOptionsMandateOptionsSepaDebit,
} from "./setup_intent_payment_method_options_mandate_options_sepa_debit.js";

const k0 = /* @__PURE__ */ set(["mandate_options"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.mandate_options;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkSetupIntentPaymentMethodOptionsMandateOptionsSepaDebit,
      v0,
      ok,
      "mandate_options",
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
  const v0 = v.mandate_options;
  if (v0 !== undefined) {
    if (!testSetupIntentPaymentMethodOptionsMandateOptionsSepaDebit(v0, c))
      return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    mandate_options: opt(
      ref(SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "setup_intent_payment_method_options_sepa_debit",
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
  schema as SetupIntentPaymentMethodOptionsSepaDebit,
  validateInput as validateSetupIntentPaymentMethodOptionsSepaDebit,
  isValid as isSetupIntentPaymentMethodOptionsSepaDebit,
  check as checkSetupIntentPaymentMethodOptionsSepaDebit,
  test as testSetupIntentPaymentMethodOptionsSepaDebit,
};
