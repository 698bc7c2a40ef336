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
import { nul, obj, oneOf, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit,
  checkSetupIntentPaymentMethodOptionsMandateOptionsAcssDebit,
  testSetupIntentPaymentMethodOptionsMandateOptionsAcssDebit,
} from "./setup_intent_payment_method_options_mandate_options_acss_debit.js";

const e0 = /* @__PURE__ */ set(["cad", "usd"]);
const k0 = /* @__PURE__ */ set([
  "currency",
  "mandate_options",
  "verification_method",
]);
const e1 = /* @__PURE__ */ set(["automatic", "instant", "microdeposits"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.currency;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["currency"], e0, v0, ok);
    }
  }
  const v1 = v.mandate_options;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkSetupIntentPaymentMethodOptionsMandateOptionsAcssDebit,
      v1,
      ok,
      "mandate_options",
    );
  }
  const v2 = v.verification_method;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["verification_method"], "string", v2);
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
  const v0 = v.currency;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) return false;
  }
  const v1 = v.mandate_options;
  if (v1 !== undefined) {
    if (!testSetupIntentPaymentMethodOptionsMandateOptionsAcssDebit(v1, c))
      return false;
  }
  const v2 = v.verification_method;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    currency: opt(nul(oneOf(e0))),
    mandate_options: opt(
      ref(SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit),
    ),
    verification_method: opt(oneOf(e1, true)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "setup_intent_payment_method_options_acss_debit",
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
  schema as SetupIntentPaymentMethodOptionsAcssDebit,
  validateInput as validateSetupIntentPaymentMethodOptionsAcssDebit,
  isValid as isSetupIntentPaymentMethodOptionsAcssDebit,
  check as checkSetupIntentPaymentMethodOptionsAcssDebit,
  test as testSetupIntentPaymentMethodOptionsAcssDebit,
};
