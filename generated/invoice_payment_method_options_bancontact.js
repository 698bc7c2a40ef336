import {
  deeper,
  enter,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["de", "en", "fr", "nl"]);
const k0 = /* @__PURE__ */ set(["preferred_language"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.preferred_language;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["preferred_language"], v0, ok);
  } else {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["preferred_language"], e0, v0, ok);
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
  const v0 = v.preferred_language;
  if (!e0.has(v0)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ preferred_language: req(oneOf(e0)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoice_payment_method_options_bancontact",
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
  schema as InvoicePaymentMethodOptionsBancontact,
  validateInput as validateInvoicePaymentMethodOptionsBancontact,
  isValid as isInvoicePaymentMethodOptionsBancontact,
  check as checkInvoicePaymentMethodOptionsBancontact,
  test as testInvoicePaymentMethodOptionsBancontact,
};
