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
import { nul, obj, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  InvoicePaymentMethodOptionsAcssDebit,
  checkInvoicePaymentMethodOptionsAcssDebit,
  testInvoicePaymentMethodOptionsAcssDebit,
} from "./invoice_payment_method_options_acss_debit.js";
import {
  InvoicePaymentMethodOptionsBancontact,
  checkInvoicePaymentMethodOptionsBancontact,
  testInvoicePaymentMethodOptionsBancontact,
} from "./invoice_payment_method_options_bancontact.js";
import {
  InvoicePaymentMethodOptionsCustomerBalance,
  checkInvoicePaymentMethodOptionsCustomerBalance,
  testInvoicePaymentMethodOptionsCustomerBalance,
} from "./invoice_payment_method_options_customer_balance.js";
import {
  InvoicePaymentMethodOptionsKonbini,
  checkInvoicePaymentMethodOptionsKonbini,
  testInvoicePaymentMethodOptionsKonbini,
} from "./invoice_payment_method_options_konbini.js";
import {
  InvoicePaymentMethodOptionsUsBankAccount,
  checkInvoicePaymentMethodOptionsUsBankAccount,
  testInvoicePaymentMethodOptionsUsBankAccount,
} from "./invoice_payment_method_options_us_bank_account.js";
import {
  SubscriptionPaymentMethodOptionsCard,
  checkSubscriptionPaymentMethodOptionsCard,
  testSubscriptionPaymentMethodOptionsCard,
} from "./subscription_payment_method_options_card.js";

const k0 = /* @__PURE__ */ set([
  "acss_debit",
  "bancontact",
  "card",
  "customer_balance",
  "konbini",
  "us_bank_account",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.acss_debit;
  if (v0 !== undefined && v0 !== null) {
    ok = into(
      c,
      checkInvoicePaymentMethodOptionsAcssDebit,
      v0,
      ok,
      "acss_debit",
    );
  }
  const v1 = v.bancontact;
  if (v1 !== undefined && v1 !== null) {
    ok = into(
      c,
      checkInvoicePaymentMethodOptionsBancontact,
      v1,
      ok,
      "bancontact",
    );
  }
  const v2 = v.card;
  if (v2 !== undefined && v2 !== null) {
    ok = into(c, checkSubscriptionPaymentMethodOptionsCard, v2, ok, "card");
  }
  const v3 = v.customer_balance;
  if (v3 !== undefined && v3 !== null) {
    ok = into(
      c,
      checkInvoicePaymentMethodOptionsCustomerBalance,
      v3,
      ok,
      "customer_balance",
    );
  }
  const v4 = v.konbini;
  if (v4 !== undefined && v4 !== null) {
    ok = into(c, checkInvoicePaymentMethodOptionsKonbini, v4, ok, "konbini");
  }
  const v5 = v.us_bank_account;
  if (v5 !== undefined && v5 !== null) {
    ok = into(
      c,
      checkInvoicePaymentMethodOptionsUsBankAccount,
      v5,
      ok,
      "us_bank_account",
    );
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.acss_debit;
  if (v0 !== undefined && v0 !== null) {
    if (!testInvoicePaymentMethodOptionsAcssDebit(v0, c)) return false;
  }
  const v1 = v.bancontact;
  if (v1 !== undefined && v1 !== null) {
    if (!testInvoicePaymentMethodOptionsBancontact(v1, c)) return false;
  }
  const v2 = v.card;
  if (v2 !== undefined && v2 !== null) {
    if (!testSubscriptionPaymentMethodOptionsCard(v2, c)) return false;
  }
  const v3 = v.customer_balance;
  if (v3 !== undefined && v3 !== null) {
    if (!testInvoicePaymentMethodOptionsCustomerBalance(v3, c)) return false;
  }
  const v4 = v.konbini;
  if (v4 !== undefined && v4 !== null) {
    if (!testInvoicePaymentMethodOptionsKonbini(v4, c)) return false;
  }
  const v5 = v.us_bank_account;
  if (v5 !== undefined && v5 !== null) {
    if (!testInvoicePaymentMethodOptionsUsBankAccount(v5, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    acss_debit: opt(nul(ref(InvoicePaymentMethodOptionsAcssDebit))),
    bancontact: opt(nul(ref(InvoicePaymentMethodOptionsBancontact))),
    card: opt(nul(ref(SubscriptionPaymentMethodOptionsCard))),
    customer_balance: opt(nul(ref(InvoicePaymentMethodOptionsCustomerBalance))),
    konbini: opt(nul(ref(InvoicePaymentMethodOptionsKonbini))),
    us_bank_account: opt(nul(ref(InvoicePaymentMethodOptionsUsBankAccount))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "subscriptions_resource_payment_method_options",
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
  schema as SubscriptionsResourcePaymentMethodOptions,
  validateInput as validateSubscriptionsResourcePaymentMethodOptions,
  isValid as isSubscriptionsResourcePaymentMethodOptions,
  check as checkSubscriptionsResourcePaymentMethodOptions,
  test as testSubscriptionsResourcePaymentMethodOptions,
};
