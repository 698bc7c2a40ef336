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
import { nul, obj, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentMethodDetailsCardInstallmentsPlan,
  checkPaymentMethodDetailsCardInstallmentsPlan,
  testPaymentMethodDetailsCardInstallmentsPlan,
} from "./payment_method_details_card_installments_plan.js";

const k0 = /* @__PURE__ */ set(["plan"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.plan;
  if (v0 !== undefined && v0 !== null) {
    ok = into(c, checkPaymentMethodDetailsCardInstallmentsPlan, v0, ok, "plan");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.plan;
  if (v0 !== undefined && v0 !== null) {
    if (!testPaymentMethodDetailsCardInstallmentsPlan(v0, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ plan: opt(nul(ref(PaymentMethodDetailsCardInstallmentsPlan))) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_details_card_installments",
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
  schema as PaymentMethodDetailsCardInstallments,
  validateInput as validatePaymentMethodDetailsCardInstallments,
  isValid as isPaymentMethodDetailsCardInstallments,
  check as checkPaymentMethodDetailsCardInstallments,
  test as testPaymentMethodDetailsCardInstallments,
};
