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
  PaymentFlowsPrivatePaymentMethodsKlarnaDob,
  checkPaymentFlowsPrivatePaymentMethodsKlarnaDob,
  testPaymentFlowsPrivatePaymentMethodsKlarnaDob,
} from "./payment_flows_private_payment_methods_klarna_dob.js";

const k0 = /* @__PURE__ */ set(["dob"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.dob;
  if (v0 !== undefined && v0 !== null) {
    ok = into(
      c,
      checkPaymentFlowsPrivatePaymentMethodsKlarnaDob,
      v0,
      ok,
      "dob",
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
  const v0 = v.dob;
  if (v0 !== undefined && v0 !== null) {
    if (!testPaymentFlowsPrivatePaymentMethodsKlarnaDob(v0, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    dob: opt(nul(ref(PaymentFlowsPrivatePaymentMethodsKlarnaDob))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_klarna",
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
  schema as PaymentMethodKlarna,
  validateInput as validatePaymentMethodKlarna,
  isValid as isPaymentMethodKlarna,
  check as checkPaymentMethodKlarna,
  test as testPaymentMethodKlarna,
};
