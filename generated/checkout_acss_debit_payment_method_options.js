import {
  deeper,
  enter,
  into,
  isObject,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  CheckoutAcssDebitMandateOptions,
  checkCheckoutAcssDebitMandateOptions,
  testCheckoutAcssDebitMandateOptions,
} from "./checkout_acss_debit_mandate_options.js";

const e0 = /* @__PURE__ */ set(["cad", "usd"]);
const e1 = /* @__PURE__ */ set(["none", "off_session", "on_session"]);
const k0 = /* @__PURE__ */ set([
  "currency",
  "mandate_options",
  "setup_future_usage",
  "verification_method",
]);
const e2 = /* @__PURE__ */ set(["automatic", "instant", "microdeposits"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.currency;
  if (v0 !== undefined) {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["currency"], e0, v0, ok);
    }
  }
  const v1 = v.mandate_options;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkCheckoutAcssDebitMandateOptions,
      v1,
      ok,
      "mandate_options",
    );
  }
  const v2 = v.setup_future_usage;
  if (v2 !== undefined) {
    if (!e1.has(v2)) {
      ok = notInEnum(c, ["setup_future_usage"], e1, v2, ok);
    }
  }
  const v3 = v.verification_method;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["verification_method"], "string", v3);
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
  const v0 = v.currency;
  if (v0 !== undefined) {
    if (!e0.has(v0)) return false;
  }
  const v1 = v.mandate_options;
  if (v1 !== undefined) {
    if (!testCheckoutAcssDebitMandateOptions(v1, c)) return false;
  }
  const v2 = v.setup_future_usage;
  if (v2 !== undefined) {
    if (!e1.has(v2)) return false;
  }
  const v3 = v.verification_method;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    currency: opt(oneOf(e0)),
    mandate_options: opt(ref(CheckoutAcssDebitMandateOptions)),
    setup_future_usage: opt(oneOf(e1)),
    verification_method: opt(oneOf(e2, true)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "checkout_acss_debit_payment_method_options",
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
  schema as CheckoutAcssDebitPaymentMethodOptions,
  validateInput as validateCheckoutAcssDebitPaymentMethodOptions,
  isValid as isCheckoutAcssDebitPaymentMethodOptions,
  check as checkCheckoutAcssDebitPaymentMethodOptions,
  test as testCheckoutAcssDebitPaymentMethodOptions,
};
