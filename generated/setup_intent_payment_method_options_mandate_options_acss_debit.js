import {
  deeper,
  enter,
  full,
  isArray,
  isObject,
  longFail,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, nul, obj, oneOf, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["invoice", "subscription"]);
const e1 = /* @__PURE__ */ set(["combined", "interval", "sporadic"]);
const e2 = /* @__PURE__ */ set(["business", "personal"]);
const k0 = /* @__PURE__ */ set([
  "custom_mandate_url",
  "default_for",
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
  const v1 = v.default_for;
  if (v1 !== undefined) {
    if (!isArray(v1)) {
      ok = wrongType(c, ["default_for"], "array", v1);
    } else {
      for (let i0 = 0; i0 < v1.length; i0++) {
        const v2 = v1[i0];
        if (!e0.has(v2)) {
          ok = notInEnum(c, ["default_for", i0], e0, v2, ok);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v3 = v.interval_description;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["interval_description"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["interval_description"], 5000, v3);
    }
  }
  const v4 = v.payment_schedule;
  if (v4 !== undefined && v4 !== null) {
    if (!e1.has(v4)) {
      ok = notInEnum(c, ["payment_schedule"], e1, v4, ok);
    }
  }
  const v5 = v.transaction_type;
  if (v5 !== undefined && v5 !== null) {
    if (!e2.has(v5)) {
      ok = notInEnum(c, ["transaction_type"], e2, v5, ok);
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
  const v1 = v.default_for;
  if (v1 !== undefined) {
    if (!isArray(v1)) return false;
    for (let i0 = 0; i0 < v1.length; i0++) {
      const v2 = v1[i0];
      if (!e0.has(v2)) return false;
    }
  }
  const v3 = v.interval_description;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.payment_schedule;
  if (v4 !== undefined && v4 !== null) {
    if (!e1.has(v4)) return false;
  }
  const v5 = v.transaction_type;
  if (v5 !== undefined && v5 !== null) {
    if (!e2.has(v5)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    custom_mandate_url: opt(str()),
    default_for: opt(list(oneOf(e0))),
    interval_description: opt(nul(str())),
    payment_schedule: opt(nul(oneOf(e1))),
    transaction_type: opt(nul(oneOf(e2))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "setup_intent_payment_method_options_mandate_options_acss_debit",
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
  schema as SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit,
  validateInput as validateSetupIntentPaymentMethodOptionsMandateOptionsAcssDebit,
  isValid as isSetupIntentPaymentMethodOptionsMandateOptionsAcssDebit,
  check as checkSetupIntentPaymentMethodOptionsMandateOptionsAcssDebit,
  test as testSetupIntentPaymentMethodOptionsMandateOptionsAcssDebit,
};
