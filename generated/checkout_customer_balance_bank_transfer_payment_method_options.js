import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, nul, obj, oneOf, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentMethodOptionsCustomerBalanceEuBankAccount,
  checkPaymentMethodOptionsCustomerBalanceEuBankAccount,
  testPaymentMethodOptionsCustomerBalanceEuBankAccount,
} from "./payment_method_options_customer_balance_eu_bank_account.js";

const k0 = /* @__PURE__ */ set([
  "eu_bank_transfer",
  "requested_address_types",
  "type",
]);
const e0 = /* @__PURE__ */ set([
  "aba",
  "iban",
  "sepa",
  "sort_code",
  "spei",
  "swift",
  "zengin",
]);
const e1 = /* @__PURE__ */ set([
  "eu_bank_transfer",
  "gb_bank_transfer",
  "jp_bank_transfer",
  "mx_bank_transfer",
  "us_bank_transfer",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.eu_bank_transfer;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkPaymentMethodOptionsCustomerBalanceEuBankAccount,
      v0,
      ok,
      "eu_bank_transfer",
    );
  }
  const v1 = v.requested_address_types;
  if (v1 !== undefined) {
    if (!isArray(v1)) {
      ok = wrongType(c, ["requested_address_types"], "array", v1);
    } else {
      for (let i0 = 0; i0 < v1.length; i0++) {
        const v2 = v1[i0];
        if (typeof v2 !== "string") {
          ok = wrongType(c, ["requested_address_types", i0], "string", v2);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v3 = v.type;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["type"], "string", v3);
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
    if (!testPaymentMethodOptionsCustomerBalanceEuBankAccount(v0, c))
      return false;
  }
  const v1 = v.requested_address_types;
  if (v1 !== undefined) {
    if (!isArray(v1)) return false;
    for (let i0 = 0; i0 < v1.length; i0++) {
      const v2 = v1[i0];
      if (typeof v2 !== "string") return false;
    }
  }
  const v3 = v.type;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    eu_bank_transfer: opt(
      ref(PaymentMethodOptionsCustomerBalanceEuBankAccount),
    ),
    requested_address_types: opt(list(oneOf(e0, true))),
    type: opt(nul(oneOf(e1, true))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "checkout_customer_balance_bank_transfer_payment_method_options",
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
  schema as CheckoutCustomerBalanceBankTransferPaymentMethodOptions,
  validateInput as validateCheckoutCustomerBalanceBankTransferPaymentMethodOptions,
  isValid as isCheckoutCustomerBalanceBankTransferPaymentMethodOptions,
  check as checkCheckoutCustomerBalanceBankTransferPaymentMethodOptions,
  test as testCheckoutCustomerBalanceBankTransferPaymentMethodOptions,
};
