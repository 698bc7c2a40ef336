import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, nul, obj, opt, ref, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  InvoiceSettingCustomField,
  checkInvoiceSettingCustomField,
  testInvoiceSettingCustomField,
} from "./invoice_setting_custom_field.js";
import {
  InvoiceSettingRenderingOptions,
  checkInvoiceSettingRenderingOptions,
  testInvoiceSettingRenderingOptions,
} from "./invoice_setting_rendering_options.js";
import {
  PaymentMethod,
  checkPaymentMethod,
  testPaymentMethod,
} from "./payment_method.js";

const k0 = /* @__PURE__ */ set([
  "custom_fields",
  "default_payment_method",
  "footer",
  "rendering_options",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.custom_fields;
  if (v0 !== undefined && v0 !== null) {
    if (!isArray(v0)) {
      ok = wrongType(c, ["custom_fields"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        ok = into(
          c,
          checkInvoiceSettingCustomField,
          v1,
          ok,
          "custom_fields",
          i0,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.default_payment_method;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) {
        ok = longFail(c, ["default_payment_method"], 5000, v2);
      }
    } else if (isObject(v2)) {
      ok = into(c, checkPaymentMethod, v2, ok, "default_payment_method");
    } else {
      ok = wrongType(c, ["default_payment_method"], "string | object", v2);
    }
  }
  const v3 = v.footer;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["footer"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["footer"], 5000, v3);
    }
  }
  const v4 = v.rendering_options;
  if (v4 !== undefined && v4 !== null) {
    ok = into(
      c,
      checkInvoiceSettingRenderingOptions,
      v4,
      ok,
      "rendering_options",
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
  const v0 = v.custom_fields;
  if (v0 !== undefined && v0 !== null) {
    if (!isArray(v0)) return false;
    for (let i0 = 0; i0 < v0.length; i0++) {
      const v1 = v0[i0];
      if (!testInvoiceSettingCustomField(v1, c)) return false;
    }
  }
  const v2 = v.default_payment_method;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) return false;
    } else if (isObject(v2)) {
      if (!testPaymentMethod(v2, c)) return false;
    } else {
      return false;
    }
  }
  const v3 = v.footer;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.rendering_options;
  if (v4 !== undefined && v4 !== null) {
    if (!testInvoiceSettingRenderingOptions(v4, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    custom_fields: opt(nul(list(ref(InvoiceSettingCustomField)))),
    default_payment_method: opt(nul(union(str(), ref(PaymentMethod)))),
    footer: opt(nul(str())),
    rendering_options: opt(nul(ref(InvoiceSettingRenderingOptions))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoice_setting_customer_setting",
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
  schema as InvoiceSettingCustomerSetting,
  validateInput as validateInvoiceSettingCustomerSetting,
  isValid as isInvoiceSettingCustomerSetting,
  check as checkInvoiceSettingCustomerSetting,
  test as testInvoiceSettingCustomerSetting,
};
