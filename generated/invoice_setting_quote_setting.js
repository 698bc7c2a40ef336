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
import { int, nul, obj, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["days_until_due"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.days_until_due;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["days_until_due"], "integer", v0);
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
  const v0 = v.days_until_due;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ days_until_due: opt(nul(int())) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoice_setting_quote_setting",
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
  schema as InvoiceSettingQuoteSetting,
  validateInput as validateInvoiceSettingQuoteSetting,
  isValid as isInvoiceSettingQuoteSetting,
  check as checkInvoiceSettingQuoteSetting,
  test as testInvoiceSettingQuoteSetting,
};
