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
  SetupIntentPaymentMethodOptionsCardMandateOptions,
  checkSetupIntentPaymentMethodOptionsCardMandateOptions,
  testSetupIntentPaymentMethodOptionsCardMandateOptions,
} from "./setup_intent_payment_method_options_card_mandate_options.js";

const e0 = /* @__PURE__ */ set([
  "amex",
  "cartes_bancaires",
  "diners",
  "discover",
  "eftpos_au",
  "interac",
  "jcb",
  "mastercard",
  "unionpay",
  "unknown",
  "visa",
]);
const e1 = /* @__PURE__ */ set(["any", "automatic", "challenge_only"]);
const k0 = /* @__PURE__ */ set([
  "mandate_options",
  "network",
  "request_three_d_secure",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.mandate_options;
  if (v0 !== undefined && v0 !== null) {
    ok = into(
      c,
      checkSetupIntentPaymentMethodOptionsCardMandateOptions,
      v0,
      ok,
      "mandate_options",
    );
  }
  const v1 = v.network;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["network"], e0, v1, ok);
    }
  }
  const v2 = v.request_three_d_secure;
  if (v2 !== undefined && v2 !== null) {
    if (!e1.has(v2)) {
      ok = notInEnum(c, ["request_three_d_secure"], e1, v2, ok);
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
  if (v0 !== undefined && v0 !== null) {
    if (!testSetupIntentPaymentMethodOptionsCardMandateOptions(v0, c))
      return false;
  }
  const v1 = v.network;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) return false;
  }
  const v2 = v.request_three_d_secure;
  if (v2 !== undefined && v2 !== null) {
    if (!e1.has(v2)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    mandate_options: opt(
      nul(ref(SetupIntentPaymentMethodOptionsCardMandateOptions)),
    ),
    network: opt(nul(oneOf(e0))),
    request_three_d_secure: opt(nul(oneOf(e1))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "setup_intent_payment_method_options_card",
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
  schema as SetupIntentPaymentMethodOptionsCard,
  validateInput as validateSetupIntentPaymentMethodOptionsCard,
  isValid as isSetupIntentPaymentMethodOptionsCard,
  check as checkSetupIntentPaymentMethodOptionsCard,
  test as testSetupIntentPaymentMethodOptionsCard,
};
