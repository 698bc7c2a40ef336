import {
  deeper,
  enter,
  isObject,
  longFail,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["combined", "interval", "sporadic"]);
const e1 = /* @__PURE__ */ set(["business", "personal"]);
const k0 = /* @__PURE__ */ set([
  "custom_mandate_url",
  "interval_description",
  "payment_schedule",
  "transaction_type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.custom_mandate_url;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["custom_mandate_url"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["custom_mandate_url"], 5000, v0);
    }
  }
  const v1 = v.interval_description;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["interval_description"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["interval_description"], 5000, v1);
    }
  }
  const v2 = v.payment_schedule;
  if (v2 !== undefined && v2 !== null) {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["payment_schedule"], e0, v2, ok);
    }
  }
  const v3 = v.transaction_type;
  if (v3 !== undefined && v3 !== null) {
    if (!e1.has(v3)) {
      ok = notInEnum(c, ["transaction_type"], e1, v3, ok);
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
  const v0 = v.custom_mandate_url;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.interval_description;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.payment_schedule;
  if (v2 !== undefined && v2 !== null) {
    if (!e0.has(v2)) return false;
  }
  const v3 = v.transaction_type;
  if (v3 !== undefined && v3 !== null) {
    if (!e1.has(v3)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    custom_mandate_url: opt(str()),
    interval_description: opt(nul(str())),
    payment_schedule: opt(nul(oneOf(e0))),
    transaction_type: opt(nul(oneOf(e1))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_payment_method_options_mandate_options_acss_debit",
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
  schema as PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit,
  validateInput as validatePaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit,
  isValid as isPaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit,
  check as checkPaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit,
  test as testPaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit,
};
