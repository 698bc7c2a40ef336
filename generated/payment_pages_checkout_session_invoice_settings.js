import {
  branchTests,
  branches,
  deeper,
  enter,
  entry,
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
  DeletedTaxId,
  checkDeletedTaxId,
  testDeletedTaxId,
} from "./deleted_tax_id.js";
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
import { TaxId, checkTaxId, testTaxId } from "./tax_id.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["tax_id", checkTaxId, "tax_id"],
  ["deleted_tax_id", checkDeletedTaxId, "tax_id#deleted"],
]);
const k1 = /* @__PURE__ */ set([
  "account_tax_ids",
  "custom_fields",
  "description",
  "footer",
  "metadata",
  "rendering_options",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testTaxId, "tax_id"],
  [testDeletedTaxId, "tax_id#deleted"],
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.account_tax_ids;
  if (v0 !== undefined && v0 !== null) {
    if (!isArray(v0)) {
      ok = wrongType(c, ["account_tax_ids"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        if (typeof v1 === "string") {
          if (v1.length > 5000 && tooLong(v1, 5000)) {
            ok = longFail(c, ["account_tax_ids", i0], 5000, v1);
          }
        } else if (isObject(v1)) {
          ok = into(c, d0, v1, ok, "account_tax_ids", i0);
        } else {
          ok = wrongType(c, ["account_tax_ids", i0], "string | object", v1);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.custom_fields;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) {
      ok = wrongType(c, ["custom_fields"], "array", v2);
    } else {
      for (let i1 = 0; i1 < v2.length; i1++) {
        const v3 = v2[i1];
        ok = into(
          c,
          checkInvoiceSettingCustomField,
          v3,
          ok,
          "custom_fields",
          i1,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v4 = v.description;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["description"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["description"], 5000, v4);
    }
  }
  const v5 = v.footer;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["footer"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["footer"], 5000, v5);
    }
  }
  const v6 = v.metadata;
  if (v6 !== undefined && v6 !== null) {
    if (!isObject(v6)) {
      ok = wrongType(c, ["metadata"], "object", v6);
    } else {
      for (const k0 of Object.keys(v6)) {
        const v7 = entry(v6, k0);
        if (typeof v7 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v7);
        } else if (v7.length > 500 && tooLong(v7, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v7);
        }
      }
    }
  }
  const v8 = v.rendering_options;
  if (v8 !== undefined && v8 !== null) {
    ok = into(
      c,
      checkInvoiceSettingRenderingOptions,
      v8,
      ok,
      "rendering_options",
    );
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.account_tax_ids;
  if (v0 !== undefined && v0 !== null) {
    if (!isArray(v0)) return false;
    for (let i0 = 0; i0 < v0.length; i0++) {
      const v1 = v0[i0];
      if (typeof v1 === "string") {
        if (v1.length > 5000 && tooLong(v1, 5000)) return false;
      } else if (isObject(v1)) {
        if (!d1(v1, c)) return false;
      } else {
        return false;
      }
    }
  }
  const v2 = v.custom_fields;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) return false;
    for (let i1 = 0; i1 < v2.length; i1++) {
      const v3 = v2[i1];
      if (!testInvoiceSettingCustomField(v3, c)) return false;
    }
  }
  const v4 = v.description;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.footer;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.metadata;
  if (v6 !== undefined && v6 !== null) {
    if (!isObject(v6)) return false;
    for (const k2 of Object.keys(v6)) {
      const v7 = entry(v6, k2);
      if (typeof v7 !== "string") return false;
      if (v7.length > 500 && tooLong(v7, 500)) return false;
    }
  }
  const v8 = v.rendering_options;
  if (v8 !== undefined && v8 !== null) {
    if (!testInvoiceSettingRenderingOptions(v8, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    account_tax_ids: opt(
      nul(list(union(str(), ref(TaxId), ref(DeletedTaxId)))),
    ),
    custom_fields: opt(nul(list(ref(InvoiceSettingCustomField)))),
    description: opt(nul(str())),
    footer: opt(nul(str())),
    metadata: opt(nul(obj({}, str()))),
    rendering_options: opt(nul(ref(InvoiceSettingRenderingOptions))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_pages_checkout_session_invoice_settings",
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
  schema as PaymentPagesCheckoutSessionInvoiceSettings,
  validateInput as validatePaymentPagesCheckoutSessionInvoiceSettings,
  isValid as isPaymentPagesCheckoutSessionInvoiceSettings,
  check as checkPaymentPagesCheckoutSessionInvoiceSettings,
  test as testPaymentPagesCheckoutSessionInvoiceSettings,
};
