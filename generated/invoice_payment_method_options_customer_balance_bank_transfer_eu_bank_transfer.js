import {
  deeper,
  enter,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["BE", "DE", "ES", "FR", "IE", "NL"]);
const k0 = /* @__PURE__ */ set(["country"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.country;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["country"], v0, ok);
  } else {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["country"], e0, v0, ok);
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
  const v0 = v.country;
  if (!e0.has(v0)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ country: req(oneOf(e0)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer",
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
  schema as InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,
  validateInput as validateInvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,
  isValid as isInvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,
  check as checkInvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,
  test as testInvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,
};
