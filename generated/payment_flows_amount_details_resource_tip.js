import {
  deeper,
  enter,
  isInt,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["amount"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount;
  if (v0 !== undefined) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount"], "integer", v0);
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
  const v0 = v.amount;
  if (v0 !== undefined) {
    if (!isInt(v0)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ amount: opt(int()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_flows_amount_details_resource_tip",
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
  schema as PaymentFlowsAmountDetailsResourceTip,
  validateInput as validatePaymentFlowsAmountDetailsResourceTip,
  isValid as isPaymentFlowsAmountDetailsResourceTip,
  check as checkPaymentFlowsAmountDetailsResourceTip,
  test as testPaymentFlowsAmountDetailsResourceTip,
};
