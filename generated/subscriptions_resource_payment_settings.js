import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isObject,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, nul, obj, oneOf, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  SubscriptionsResourcePaymentMethodOptions,
  checkSubscriptionsResourcePaymentMethodOptions,
  testSubscriptionsResourcePaymentMethodOptions,
} from "./subscriptions_resource_payment_method_options.js";

const e0 = /* @__PURE__ */ set(["off", "on_subscription"]);
const k0 = /* @__PURE__ */ set([
  "payment_method_options",
  "payment_method_types",
  "save_default_payment_method",
]);
const e1 = /* @__PURE__ */ set([
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
  const v0 = v.payment_method_options;
  if (v0 !== undefined && v0 !== null) {
    ok = into(
      c,
      checkSubscriptionsResourcePaymentMethodOptions,
      v0,
      ok,
      "payment_method_options",
    );
  }
  const v1 = v.payment_method_types;
  if (v1 !== undefined && v1 !== null) {
    if (!isArray(v1)) {
      ok = wrongType(c, ["payment_method_types"], "array", v1);
    } else {
      for (let i0 = 0; i0 < v1.length; i0++) {
        const v2 = v1[i0];
        if (typeof v2 !== "string") {
          ok = wrongType(c, ["payment_method_types", i0], "string", v2);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v3 = v.save_default_payment_method;
  if (v3 !== undefined && v3 !== null) {
    if (!e0.has(v3)) {
      ok = notInEnum(c, ["save_default_payment_method"], e0, v3, ok);
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
  const v0 = v.payment_method_options;
  if (v0 !== undefined && v0 !== null) {
    if (!testSubscriptionsResourcePaymentMethodOptions(v0, c)) return false;
  }
  const v1 = v.payment_method_types;
  if (v1 !== undefined && v1 !== null) {
    if (!isArray(v1)) return false;
    for (let i0 = 0; i0 < v1.length; i0++) {
      const v2 = v1[i0];
      if (typeof v2 !== "string") return false;
    }
  }
  const v3 = v.save_default_payment_method;
  if (v3 !== undefined && v3 !== null) {
    if (!e0.has(v3)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    payment_method_options: opt(
      nul(ref(SubscriptionsResourcePaymentMethodOptions)),
    ),
    payment_method_types: opt(nul(list(oneOf(e1, true)))),
    save_default_payment_method: opt(nul(oneOf(e0))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "subscriptions_resource_payment_settings",
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
  schema as SubscriptionsResourcePaymentSettings,
  validateInput as validateSubscriptionsResourcePaymentSettings,
  isValid as isSubscriptionsResourcePaymentSettings,
  check as checkSubscriptionsResourcePaymentSettings,
  test as testSubscriptionsResourcePaymentSettings,
};
