import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, list, nul, obj, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentMethodDetailsCardInstallmentsPlan,
  checkPaymentMethodDetailsCardInstallmentsPlan,
  testPaymentMethodDetailsCardInstallmentsPlan,
} from "./payment_method_details_card_installments_plan.js";

const k0 = /* @__PURE__ */ set(["available_plans", "enabled", "plan"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.available_plans;
  if (v0 !== undefined && v0 !== null) {
    if (!isArray(v0)) {
      ok = wrongType(c, ["available_plans"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        ok = into(
          c,
          checkPaymentMethodDetailsCardInstallmentsPlan,
          v1,
          ok,
          "available_plans",
          i0,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.enabled;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["enabled"], v2, ok);
  } else {
    if (typeof v2 !== "boolean") {
      ok = wrongType(c, ["enabled"], "boolean", v2);
    }
  }
  const v3 = v.plan;
  if (v3 !== undefined && v3 !== null) {
    ok = into(c, checkPaymentMethodDetailsCardInstallmentsPlan, v3, ok, "plan");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.available_plans;
  if (v0 !== undefined && v0 !== null) {
    if (!isArray(v0)) return false;
    for (let i0 = 0; i0 < v0.length; i0++) {
      const v1 = v0[i0];
      if (!testPaymentMethodDetailsCardInstallmentsPlan(v1, c)) return false;
    }
  }
  const v2 = v.enabled;
  if (typeof v2 !== "boolean") return false;
  const v3 = v.plan;
  if (v3 !== undefined && v3 !== null) {
    if (!testPaymentMethodDetailsCardInstallmentsPlan(v3, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    available_plans: opt(
      nul(list(ref(PaymentMethodDetailsCardInstallmentsPlan))),
    ),
    enabled: req(bool()),
    plan: opt(nul(ref(PaymentMethodDetailsCardInstallmentsPlan))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_options_card_installments",
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
  schema as PaymentMethodOptionsCardInstallments,
  validateInput as validatePaymentMethodOptionsCardInstallments,
  isValid as isPaymentMethodOptionsCardInstallments,
  check as checkPaymentMethodOptionsCardInstallments,
  test as testPaymentMethodOptionsCardInstallments,
};
