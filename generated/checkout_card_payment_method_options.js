import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, opt, ref, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  CheckoutCardInstallmentsOptions,
  checkCheckoutCardInstallmentsOptions,
  testCheckoutCardInstallmentsOptions,
} from "./checkout_card_installments_options.js";

const e0 = /* @__PURE__ */ set(["none", "off_session", "on_session"]);
const k0 = /* @__PURE__ */ set([
  "installments",
  "setup_future_usage",
  "statement_descriptor_suffix_kana",
  "statement_descriptor_suffix_kanji",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.installments;
  if (v0 !== undefined) {
    ok = into(c, checkCheckoutCardInstallmentsOptions, v0, ok, "installments");
  }
  const v1 = v.setup_future_usage;
  if (v1 !== undefined) {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["setup_future_usage"], e0, v1, ok);
    }
  }
  const v2 = v.statement_descriptor_suffix_kana;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["statement_descriptor_suffix_kana"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["statement_descriptor_suffix_kana"], 5000, v2);
    }
  }
  const v3 = v.statement_descriptor_suffix_kanji;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["statement_descriptor_suffix_kanji"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["statement_descriptor_suffix_kanji"], 5000, v3);
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
  const v0 = v.installments;
  if (v0 !== undefined) {
    if (!testCheckoutCardInstallmentsOptions(v0, c)) return false;
  }
  const v1 = v.setup_future_usage;
  if (v1 !== undefined) {
    if (!e0.has(v1)) return false;
  }
  const v2 = v.statement_descriptor_suffix_kana;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.statement_descriptor_suffix_kanji;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    installments: opt(ref(CheckoutCardInstallmentsOptions)),
    setup_future_usage: opt(oneOf(e0)),
    statement_descriptor_suffix_kana: opt(str()),
    statement_descriptor_suffix_kanji: opt(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "checkout_card_payment_method_options",
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
  schema as CheckoutCardPaymentMethodOptions,
  validateInput as validateCheckoutCardPaymentMethodOptions,
  isValid as isCheckoutCardPaymentMethodOptions,
  check as checkCheckoutCardPaymentMethodOptions,
  test as testCheckoutCardPaymentMethodOptions,
};
