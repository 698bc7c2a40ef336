import {
  deeper,
  enter,
  isInt,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, oneOf, opt, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["month"]);
const e1 = /* @__PURE__ */ set(["fixed_count"]);
const k0 = /* @__PURE__ */ set(["count", "interval", "type"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.count;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["count"], "integer", v0);
    }
  }
  const v1 = v.interval;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["interval"], e0, v1, ok);
    }
  }
  const v2 = v.type;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["type"], v2, ok);
  } else {
    if (!e1.has(v2)) {
      ok = notInEnum(c, ["type"], e1, v2, ok);
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
  const v0 = v.count;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.interval;
  if (v1 !== undefined && v1 !== null) {
    if (v1 !== "month") return false;
  }
  const v2 = v.type;
  if (v2 !== "fixed_count") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    count: opt(nul(int())),
    interval: opt(nul(oneOf(e0))),
    type: req(oneOf(e1)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_details_card_installments_plan",
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
  schema as PaymentMethodDetailsCardInstallmentsPlan,
  validateInput as validatePaymentMethodDetailsCardInstallmentsPlan,
  isValid as isPaymentMethodDetailsCardInstallmentsPlan,
  check as checkPaymentMethodDetailsCardInstallmentsPlan,
  test as testPaymentMethodDetailsCardInstallmentsPlan,
};
