import {
  deeper,
  enter,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["verification_method"]);
const e0 = /* @__PURE__ */ set(["automatic", "instant", "microdeposits"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.verification_method;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["verification_method"], "string", v0);
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
  const v0 = v.verification_method;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ verification_method: opt(oneOf(e0, true)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "setup_intent_type_specific_payment_method_options_client",
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
  schema as SetupIntentTypeSpecificPaymentMethodOptionsClient,
  validateInput as validateSetupIntentTypeSpecificPaymentMethodOptionsClient,
  isValid as isSetupIntentTypeSpecificPaymentMethodOptionsClient,
  check as checkSetupIntentTypeSpecificPaymentMethodOptionsClient,
  test as testSetupIntentTypeSpecificPaymentMethodOptionsClient,
};
