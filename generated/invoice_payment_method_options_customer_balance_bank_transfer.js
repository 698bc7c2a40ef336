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
import { nul, obj, opt, ref, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,
  checkInvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,
  testInvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,
} from "./invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer.js";

const k0 = /* @__PURE__ */ set(["eu_bank_transfer", "type"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.eu_bank_transfer;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkInvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,
      v0,
      ok,
      "eu_bank_transfer",
    );
  }
  const v1 = v.type;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["type"], "string", v1);
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
  const v0 = v.eu_bank_transfer;
  if (v0 !== undefined) {
    if (
      !testInvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer(
        v0,
        c,
      )
    )
      return false;
  }
  const v1 = v.type;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    eu_bank_transfer: opt(
      ref(InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer),
    ),
    type: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoice_payment_method_options_customer_balance_bank_transfer",
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
  schema as InvoicePaymentMethodOptionsCustomerBalanceBankTransfer,
  validateInput as validateInvoicePaymentMethodOptionsCustomerBalanceBankTransfer,
  isValid as isInvoicePaymentMethodOptionsCustomerBalanceBankTransfer,
  check as checkInvoicePaymentMethodOptionsCustomerBalanceBankTransfer,
  test as testInvoicePaymentMethodOptionsCustomerBalanceBankTransfer,
};
