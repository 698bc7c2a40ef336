import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, obj, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentMethodDetailsCardInstallmentsPlan,
  checkPaymentMethodDetailsCardInstallmentsPlan,
  testPaymentMethodDetailsCardInstallmentsPlan,
} from "./payment_method_details_card_installments_plan.js";

const k0 = /* @__PURE__ */ set(["enabled", "plan"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.enabled;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["enabled"], v0, ok);
  } else {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["enabled"], "boolean", v0);
    }
  }
  const v1 = v.plan;
  if (v1 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsCardInstallmentsPlan, v1, ok, "plan");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.enabled;
  if (typeof v0 !== "boolean") return false;
  const v1 = v.plan;
  if (v1 !== undefined) {
    if (!testPaymentMethodDetailsCardInstallmentsPlan(v1, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    enabled: req(bool()),
    plan: opt(ref(PaymentMethodDetailsCardInstallmentsPlan)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_flows_installment_options",
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
  schema as PaymentFlowsInstallmentOptions,
  validateInput as validatePaymentFlowsInstallmentOptions,
  isValid as isPaymentFlowsInstallmentOptions,
  check as checkPaymentFlowsInstallmentOptions,
  test as testPaymentFlowsInstallmentOptions,
};
