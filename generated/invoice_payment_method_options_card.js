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
import { nul, obj, oneOf, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  InvoiceInstallmentsCard,
  checkInvoiceInstallmentsCard,
  testInvoiceInstallmentsCard,
} from "./invoice_installments_card.js";

const e0 = /* @__PURE__ */ set(["any", "automatic"]);
const k0 = /* @__PURE__ */ set(["installments", "request_three_d_secure"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.installments;
  if (v0 !== undefined) {
    ok = into(c, checkInvoiceInstallmentsCard, v0, ok, "installments");
  }
  const v1 = v.request_three_d_secure;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["request_three_d_secure"], e0, v1, ok);
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
    if (!testInvoiceInstallmentsCard(v0, c)) return false;
  }
  const v1 = v.request_three_d_secure;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    installments: opt(ref(InvoiceInstallmentsCard)),
    request_three_d_secure: opt(nul(oneOf(e0))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoice_payment_method_options_card",
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
  schema as InvoicePaymentMethodOptionsCard,
  validateInput as validateInvoicePaymentMethodOptionsCard,
  isValid as isInvoicePaymentMethodOptionsCard,
  check as checkInvoicePaymentMethodOptionsCard,
  test as testInvoicePaymentMethodOptionsCard,
};
