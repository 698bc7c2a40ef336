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
  PaymentFlowsAmountDetailsResourceTip,
  checkPaymentFlowsAmountDetailsResourceTip,
  testPaymentFlowsAmountDetailsResourceTip,
} from "./payment_flows_amount_details_resource_tip.js";

const k0 = /* @__PURE__ */ set(["tip"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.tip;
  if (v0 !== undefined) {
    ok = into(c, checkPaymentFlowsAmountDetailsResourceTip, v0, ok, "tip");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.tip;
  if (v0 !== undefined) {
    if (!testPaymentFlowsAmountDetailsResourceTip(v0, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ tip: opt(ref(PaymentFlowsAmountDetailsResourceTip)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_flows_amount_details",
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
  schema as PaymentFlowsAmountDetails,
  validateInput as validatePaymentFlowsAmountDetails,
  isValid as isPaymentFlowsAmountDetails,
  check as checkPaymentFlowsAmountDetails,
  test as testPaymentFlowsAmountDetails,
};
