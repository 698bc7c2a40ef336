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
  InvoicePaymentMethodOptionsAcssDebitMandateOptions,
  checkInvoicePaymentMethodOptionsAcssDebitMandateOptions,
  testInvoicePaymentMethodOptionsAcssDebitMandateOptions,
} from "./invoice_payment_method_options_acss_debit_mandate_options.js";

const k0 = /* @__PURE__ */ set(["mandate_options", "verification_method"]);
const e0 = /* @__PURE__ */ set(["automatic", "instant", "microdeposits"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.mandate_options;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkInvoicePaymentMethodOptionsAcssDebitMandateOptions,
      v0,
      ok,
      "mandate_options",
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
  const v0 = v.mandate_options;
  if (v0 !== undefined) {
    if (!testInvoicePaymentMethodOptionsAcssDebitMandateOptions(v0, c))
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
    mandate_options: opt(
      ref(InvoicePaymentMethodOptionsAcssDebitMandateOptions),
    ),
    verification_method: opt(oneOf(e0, true)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoice_payment_method_options_acss_debit",
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
  schema as InvoicePaymentMethodOptionsAcssDebit,
  validateInput as validateInvoicePaymentMethodOptionsAcssDebit,
  isValid as isInvoicePaymentMethodOptionsAcssDebit,
  check as checkInvoicePaymentMethodOptionsAcssDebit,
  test as testInvoicePaymentMethodOptionsAcssDebit,
};
