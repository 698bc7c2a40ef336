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
import { list, nul, obj, oneOf, opt, ref, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  InvoicesPaymentMethodOptions,
  checkInvoicesPaymentMethodOptions,
  testInvoicesPaymentMethodOptions,
} from "./invoices_payment_method_options.js";

const k0 = /* @__PURE__ */ set([
  "default_mandate",
  "payment_method_options",
  "payment_method_types",
]);
const e0 = /* @__PURE__ */ set([
  "ach_credit_transfer",
  "ach_debit",
  "acss_debit",
  "au_becs_debit",
  "bacs_debit",
  "bancontact",
  "boleto",
  "card",
  "cashapp",
  "customer_balance",
  "fpx",
  "giropay",
  "grabpay",
  "ideal",
  "konbini",
  "link",
  "paynow",
  "paypal",
  "promptpay",
  "sepa_debit",
  "sofort",
  "us_bank_account",
  "wechat_pay",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.default_mandate;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["default_mandate"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["default_mandate"], 5000, v0);
    }
  }
  const v1 = v.payment_method_options;
  if (v1 !== undefined && v1 !== null) {
    ok = into(
      c,
      checkInvoicesPaymentMethodOptions,
      v1,
      ok,
      "payment_method_options",
    );
  }
  const v2 = v.payment_method_types;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) {
      ok = wrongType(c, ["payment_method_types"], "array", v2);
    } else {
      for (let i0 = 0; i0 < v2.length; i0++) {
        const v3 = v2[i0];
        if (typeof v3 !== "string") {
          ok = wrongType(c, ["payment_method_types", i0], "string", v3);
        }
        if (!ok && full(c)) break;
      }
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
  const v0 = v.default_mandate;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.payment_method_options;
  if (v1 !== undefined && v1 !== null) {
    if (!testInvoicesPaymentMethodOptions(v1, c)) return false;
  }
  const v2 = v.payment_method_types;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) return false;
    for (let i0 = 0; i0 < v2.length; i0++) {
      const v3 = v2[i0];
      if (typeof v3 !== "string") return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    default_mandate: opt(nul(str())),
    payment_method_options: opt(nul(ref(InvoicesPaymentMethodOptions))),
    payment_method_types: opt(nul(list(oneOf(e0, true)))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoices_payment_settings",
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
  schema as InvoicesPaymentSettings,
  validateInput as validateInvoicesPaymentSettings,
  isValid as isInvoicesPaymentSettings,
  check as checkInvoicesPaymentSettings,
  test as testInvoicesPaymentSettings,
};
