import {
  deeper,
  enter,
  isObject,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, nul, obj, oneOf, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["always", "never"]);
const k0 = /* @__PURE__ */ set(["allow_redirects", "enabled"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.allow_redirects;
  if (v0 !== undefined) {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["allow_redirects"], e0, v0, ok);
    }
  }
  const v1 = v.enabled;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "boolean") {
      ok = wrongType(c, ["enabled"], "boolean", v1);
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
  const v0 = v.allow_redirects;
  if (v0 !== undefined) {
    if (!e0.has(v0)) return false;
  }
  const v1 = v.enabled;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "boolean") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ allow_redirects: opt(oneOf(e0)), enabled: opt(nul(bool())) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_flows_automatic_payment_methods_setup_intent",
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
  schema as PaymentFlowsAutomaticPaymentMethodsSetupIntent,
  validateInput as validatePaymentFlowsAutomaticPaymentMethodsSetupIntent,
  isValid as isPaymentFlowsAutomaticPaymentMethodsSetupIntent,
  check as checkPaymentFlowsAutomaticPaymentMethodsSetupIntent,
  test as testPaymentFlowsAutomaticPaymentMethodsSetupIntent,
};
