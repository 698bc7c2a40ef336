import {
  deeper,
  enter,
  into,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions,
  checkInvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions,
  testInvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions,
} from "./invoice_payment_method_options_us_bank_account_linked_account_options.js";

const k0 = /* @__PURE__ */ set([
  "financial_connections",
  "verification_method",
]);
const e0 = /* @__PURE__ */ set(["automatic", "instant", "microdeposits"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.financial_connections;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkInvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions,
      v0,
      ok,
      "financial_connections",
    );
  }
  const v1 = v.verification_method;
  if (v1 !== undefined) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["verification_method"], "string", v1);
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
  const v0 = v.financial_connections;
  if (v0 !== undefined) {
    if (
      !testInvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions(v0, c)
    )
      return false;
  }
  const v1 = v.verification_method;
  if (v1 !== undefined) {
    if (typeof v1 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    financial_connections: opt(
      ref(InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions),
    ),
    verification_method: opt(oneOf(e0, true)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoice_payment_method_options_us_bank_account",
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
  schema as InvoicePaymentMethodOptionsUsBankAccount,
  validateInput as validateInvoicePaymentMethodOptionsUsBankAccount,
  isValid as isInvoicePaymentMethodOptionsUsBankAccount,
  check as checkInvoicePaymentMethodOptionsUsBankAccount,
  test as testInvoicePaymentMethodOptionsUsBankAccount,
};
