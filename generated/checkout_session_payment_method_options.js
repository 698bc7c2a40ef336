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
import { obj, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  CheckoutAcssDebitPaymentMethodOptions,
  checkCheckoutAcssDebitPaymentMethodOptions,
  testCheckoutAcssDebitPaymentMethodOptions,
} from "./checkout_acss_debit_payment_method_options.js";
import {
  CheckoutAffirmPaymentMethodOptions,
  checkCheckoutAffirmPaymentMethodOptions,
  testCheckoutAffirmPaymentMethodOptions,
} from "./checkout_affirm_payment_method_options.js";
import {
  CheckoutAfterpayClearpayPaymentMethodOptions,
  checkCheckoutAfterpayClearpayPaymentMethodOptions,
  testCheckoutAfterpayClearpayPaymentMethodOptions,
} from "./checkout_afterpay_clearpay_payment_method_options.js";
import {
  CheckoutAlipayPaymentMethodOptions,
  checkCheckoutAlipayPaymentMethodOptions,
  testCheckoutAlipayPaymentMethodOptions,
} from "./checkout_alipay_payment_method_options.js";
import {
  CheckoutAuBecsDebitPaymentMethodOptions,
  checkCheckoutAuBecsDebitPaymentMethodOptions,
  testCheckoutAuBecsDebitPaymentMethodOptions,
} from "./checkout_au_becs_debit_payment_method_options.js";
import {
  CheckoutBacsDebitPaymentMethodOptions,
  checkCheckoutBacsDebitPaymentMethodOptions,
  testCheckoutBacsDebitPaymentMethodOptions,
} from "./checkout_bacs_debit_payment_method_options.js";
import {
  CheckoutBancontactPaymentMethodOptions,
  checkCheckoutBancontactPaymentMethodOptions,
  testCheckoutBancontactPaymentMethodOptions,
} from "./checkout_bancontact_payment_method_options.js";
import {
  CheckoutBoletoPaymentMethodOptions,
  checkCheckoutBoletoPaymentMethodOptions,
  testCheckoutBoletoPaymentMethodOptions,
} from "./checkout_boleto_payment_method_options.js";
import {
  CheckoutCardPaymentMethodOptions,
  checkCheckoutCardPaymentMethodOptions,
  testCheckoutCardPaymentMethodOptions,
} from "./checkout_card_payment_method_options.js";
import {
  CheckoutCashappPaymentMethodOptions,
  checkCheckoutCashappPaymentMethodOptions,
  testCheckoutCashappPaymentMethodOptions,
} from "./checkout_cashapp_payment_method_options.js";
import {
  CheckoutCustomerBalancePaymentMethodOptions,
  checkCheckoutCustomerBalancePaymentMethodOptions,
  testCheckoutCustomerBalancePaymentMethodOptions,
} from "./checkout_customer_balance_payment_method_options.js";
import {
  CheckoutEpsPaymentMethodOptions,
  checkCheckoutEpsPaymentMethodOptions,
  testCheckoutEpsPaymentMethodOptions,
} from "./checkout_eps_payment_method_options.js";
import {
  CheckoutFpxPaymentMethodOptions,
  checkCheckoutFpxPaymentMethodOptions,
  testCheckoutFpxPaymentMethodOptions,
} from "./checkout_fpx_payment_method_options.js";
import {
  CheckoutGiropayPaymentMethodOptions,
  checkCheckoutGiropayPaymentMethodOptions,
  testCheckoutGiropayPaymentMethodOptions,
} from "./checkout_giropay_payment_method_options.js";
import {
  CheckoutGrabPayPaymentMethodOptions,
  checkCheckoutGrabPayPaymentMethodOptions,
  testCheckoutGrabPayPaymentMethodOptions,
} from "./checkout_grab_pay_payment_method_options.js";
import {
  CheckoutIdealPaymentMethodOptions,
  checkCheckoutIdealPaymentMethodOptions,
  testCheckoutIdealPaymentMethodOptions,
} from "./checkout_ideal_payment_method_options.js";
import {
  CheckoutKlarnaPaymentMethodOptions,
  checkCheckoutKlarnaPaymentMethodOptions,
  testCheckoutKlarnaPaymentMethodOptions,
} from "./checkout_klarna_payment_method_options.js";
import {
  CheckoutKonbiniPaymentMethodOptions,
  checkCheckoutKonbiniPaymentMethodOptions,
  testCheckoutKonbiniPaymentMethodOptions,
} from "./checkout_konbini_payment_method_options.js";
import {
  CheckoutLinkPaymentMethodOptions,
  checkCheckoutLinkPaymentMethodOptions,
  testCheckoutLinkPaymentMethodOptions,
} from "./checkout_link_payment_method_options.js";
import {
  CheckoutOxxoPaymentMethodOptions,
  checkCheckoutOxxoPaymentMethodOptions,
  testCheckoutOxxoPaymentMethodOptions,
} from "./checkout_oxxo_payment_method_options.js";
import {
  CheckoutP24PaymentMethodOptions,
  checkCheckoutP24PaymentMethodOptions,
  testCheckoutP24PaymentMethodOptions,
} from "./checkout_p24_payment_method_options.js";
import {
  CheckoutPaynowPaymentMethodOptions,
  checkCheckoutPaynowPaymentMethodOptions,
  testCheckoutPaynowPaymentMethodOptions,
} from "./checkout_paynow_payment_method_options.js";
import {
  CheckoutPixPaymentMethodOptions,
  checkCheckoutPixPaymentMethodOptions,
  testCheckoutPixPaymentMethodOptions,
} from "./checkout_pix_payment_method_options.js";
import {
  CheckoutSepaDebitPaymentMethodOptions,
  checkCheckoutSepaDebitPaymentMethodOptions,
  testCheckoutSepaDebitPaymentMethodOptions,
} from "./checkout_sepa_debit_payment_method_options.js";
import {
  CheckoutSofortPaymentMethodOptions,
  checkCheckoutSofortPaymentMethodOptions,
  testCheckoutSofortPaymentMethodOptions,
} from "./checkout_sofort_payment_method_options.js";
import {
  CheckoutUsBankAccountPaymentMethodOptions,
  checkCheckoutUsBankAccountPaymentMethodOptions,
  testCheckoutUsBankAccountPaymentMethodOptions,
} from "./checkout_us_bank_account_payment_method_options.js";

const k0 = /* @__PURE__ */ set([
  "acss_debit",
  "affirm",
  "afterpay_clearpay",
  "alipay",
  "au_becs_debit",
  "bacs_debit",
  "bancontact",
  "boleto",
  "card",
  "cashapp",
  "customer_balance",
  "eps",
  "fpx",
  "giropay",
  "grabpay",
  "ideal",
  "klarna",
  "konbini",
  "link",
  "oxxo",
  "p24",
  "paynow",
  "pix",
  "sepa_debit",
  "sofort",
  "us_bank_account",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.acss_debit;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkCheckoutAcssDebitPaymentMethodOptions,
      v0,
      ok,
      "acss_debit",
    );
  }
  const v1 = v.affirm;
  if (v1 !== undefined) {
    ok = into(c, checkCheckoutAffirmPaymentMethodOptions, v1, ok, "affirm");
  }
  const v2 = v.afterpay_clearpay;
  if (v2 !== undefined) {
    ok = into(
      c,
      checkCheckoutAfterpayClearpayPaymentMethodOptions,
      v2,
      ok,
      "afterpay_clearpay",
    );
  }
  const v3 = v.alipay;
  if (v3 !== undefined) {
    ok = into(c, checkCheckoutAlipayPaymentMethodOptions, v3, ok, "alipay");
  }
  const v4 = v.au_becs_debit;
  if (v4 !== undefined) {
    ok = into(
      c,
      checkCheckoutAuBecsDebitPaymentMethodOptions,
      v4,
      ok,
      "au_becs_debit",
    );
  }
  const v5 = v.bacs_debit;
  if (v5 !== undefined) {
    ok = into(
      c,
      checkCheckoutBacsDebitPaymentMethodOptions,
      v5,
      ok,
      "bacs_debit",
    );
  }
  const v6 = v.bancontact;
  if (v6 !== undefined) {
    ok = into(
      c,
      checkCheckoutBancontactPaymentMethodOptions,
      v6,
      ok,
      "bancontact",
    );
  }
  const v7 = v.boleto;
  if (v7 !== undefined) {
    ok = into(c, checkCheckoutBoletoPaymentMethodOptions, v7, ok, "boleto");
  }
  const v8 = v.card;
  if (v8 !== undefined) {
    ok = into(c, checkCheckoutCardPaymentMethodOptions, v8, ok, "card");
  }
  const v9 = v.cashapp;
  if (v9 !== undefined) {
    ok = into(c, checkCheckoutCashappPaymentMethodOptions, v9, ok, "cashapp");
  }
  const v10 = v.customer_balance;
  if (v10 !== undefined) {
    ok = into(
      c,
      checkCheckoutCustomerBalancePaymentMethodOptions,
      v10,
      ok,
      "customer_balance",
    );
  }
  const v11 = v.eps;
  if (v11 !== undefined) {
    ok = into(c, checkCheckoutEpsPaymentMethodOptions, v11, ok, "eps");
  }
  const v12 = v.fpx;
  if (v12 !== undefined) {
    ok = into(c, checkCheckoutFpxPaymentMethodOptions, v12, ok, "fpx");
  }
  const v13 = v.giropay;
  if (v13 !== undefined) {
    ok = into(c, checkCheckoutGiropayPaymentMethodOptions, v13, ok, "giropay");
  }
  const v14 = v.grabpay;
  if (v14 !== undefined) {
    ok = into(c, checkCheckoutGrabPayPaymentMethodOptions, v14, ok, "grabpay");
  }
  const v15 = v.ideal;
  if (v15 !== undefined) {
    ok = into(c, checkCheckoutIdealPaymentMethodOptions, v15, ok, "ideal");
  }
  const v16 = v.klarna;
  if (v16 !== undefined) {
    ok = into(c, checkCheckoutKlarnaPaymentMethodOptions, v16, ok, "klarna");
  }
  const v17 = v.konbini;
  if (v17 !== undefined) {
    ok = into(c, checkCheckoutKonbiniPaymentMethodOptions, v17, ok, "konbini");
  }
  const v18 = v.link;
  if (v18 !== undefined) {
    ok = into(c, checkCheckoutLinkPaymentMethodOptions, v18, ok, "link");
  }
  const v19 = v.oxxo;
  if (v19 !== undefined) {
    ok = into(c, checkCheckoutOxxoPaymentMethodOptions, v19, ok, "oxxo");
  }
  const v20 = v.p24;
  if (v20 !== undefined) {
    ok = into(c, checkCheckoutP24PaymentMethodOptions, v20, ok, "p24");
  }
  const v21 = v.paynow;
  if (v21 !== undefined) {
    ok = into(c, checkCheckoutPaynowPaymentMethodOptions, v21, ok, "paynow");
  }
  const v22 = v.pix;
  if (v22 !== undefined) {
    ok = into(c, checkCheckoutPixPaymentMethodOptions, v22, ok, "pix");
  }
  const v23 = v.sepa_debit;
  if (v23 !== undefined) {
    ok = into(
      c,
      checkCheckoutSepaDebitPaymentMethodOptions,
      v23,
      ok,
      "sepa_debit",
    );
  }
  const v24 = v.sofort;
  if (v24 !== undefined) {
    ok = into(c, checkCheckoutSofortPaymentMethodOptions, v24, ok, "sofort");
  }
  const v25 = v.us_bank_account;
  if (v25 !== undefined) {
    ok = into(
      c,
      checkCheckoutUsBankAccountPaymentMethodOptions,
      v25,
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
  if (v0 !== undefined) {
    if (!testCheckoutAcssDebitPaymentMethodOptions(v0, c)) return false;
  }
  const v1 = v.affirm;
  if (v1 !== undefined) {
    if (!testCheckoutAffirmPaymentMethodOptions(v1, c)) return false;
  }
  const v2 = v.afterpay_clearpay;
  if (v2 !== undefined) {
    if (!testCheckoutAfterpayClearpayPaymentMethodOptions(v2, c)) return false;
  }
  const v3 = v.alipay;
  if (v3 !== undefined) {
    if (!testCheckoutAlipayPaymentMethodOptions(v3, c)) return false;
  }
  const v4 = v.au_becs_debit;
  if (v4 !== undefined) {
    if (!testCheckoutAuBecsDebitPaymentMethodOptions(v4, c)) return false;
  }
  const v5 = v.bacs_debit;
  if (v5 !== undefined) {
    if (!testCheckoutBacsDebitPaymentMethodOptions(v5, c)) return false;
  }
  const v6 = v.bancontact;
  if (v6 !== undefined) {
    if (!testCheckoutBancontactPaymentMethodOptions(v6, c)) return false;
  }
  const v7 = v.boleto;
  if (v7 !== undefined) {
    if (!testCheckoutBoletoPaymentMethodOptions(v7, c)) return false;
  }
  const v8 = v.card;
  if (v8 !== undefined) {
    if (!testCheckoutCardPaymentMethodOptions(v8, c)) return false;
  }
  const v9 = v.cashapp;
  if (v9 !== undefined) {
    if (!testCheckoutCashappPaymentMethodOptions(v9, c)) return false;
  }
  const v10 = v.customer_balance;
  if (v10 !== undefined) {
    if (!testCheckoutCustomerBalancePaymentMethodOptions(v10, c)) return false;
  }
  const v11 = v.eps;
  if (v11 !== undefined) {
    if (!testCheckoutEpsPaymentMethodOptions(v11, c)) return false;
  }
  const v12 = v.fpx;
  if (v12 !== undefined) {
    if (!testCheckoutFpxPaymentMethodOptions(v12, c)) return false;
  }
  const v13 = v.giropay;
  if (v13 !== undefined) {
    if (!testCheckoutGiropayPaymentMethodOptions(v13, c)) return false;
  }
  const v14 = v.grabpay;
  if (v14 !== undefined) {
    if (!testCheckoutGrabPayPaymentMethodOptions(v14, c)) return false;
  }
  const v15 = v.ideal;
  if (v15 !== undefined) {
    if (!testCheckoutIdealPaymentMethodOptions(v15, c)) return false;
  }
  const v16 = v.klarna;
  if (v16 !== undefined) {
    if (!testCheckoutKlarnaPaymentMethodOptions(v16, c)) return false;
  }
  const v17 = v.konbini;
  if (v17 !== undefined) {
    if (!testCheckoutKonbiniPaymentMethodOptions(v17, c)) return false;
  }
  const v18 = v.link;
  if (v18 !== undefined) {
    if (!testCheckoutLinkPaymentMethodOptions(v18, c)) return false;
  }
  const v19 = v.oxxo;
  if (v19 !== undefined) {
    if (!testCheckoutOxxoPaymentMethodOptions(v19, c)) return false;
  }
  const v20 = v.p24;
  if (v20 !== undefined) {
    if (!testCheckoutP24PaymentMethodOptions(v20, c)) return false;
  }
  const v21 = v.paynow;
  if (v21 !== undefined) {
    if (!testCheckoutPaynowPaymentMethodOptions(v21, c)) return false;
  }
  const v22 = v.pix;
  if (v22 !== undefined) {
    if (!testCheckoutPixPaymentMethodOptions(v22, c)) return false;
  }
  const v23 = v.sepa_debit;
  if (v23 !== undefined) {
    if (!testCheckoutSepaDebitPaymentMethodOptions(v23, c)) return false;
  }
  const v24 = v.sofort;
  if (v24 !== undefined) {
    if (!testCheckoutSofortPaymentMethodOptions(v24, c)) return false;
  }
  const v25 = v.us_bank_account;
  if (v25 !== undefined) {
    if (!testCheckoutUsBankAccountPaymentMethodOptions(v25, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    acss_debit: opt(ref(CheckoutAcssDebitPaymentMethodOptions)),
    affirm: opt(ref(CheckoutAffirmPaymentMethodOptions)),
    afterpay_clearpay: opt(ref(CheckoutAfterpayClearpayPaymentMethodOptions)),
    alipay: opt(ref(CheckoutAlipayPaymentMethodOptions)),
    au_becs_debit: opt(ref(CheckoutAuBecsDebitPaymentMethodOptions)),
    bacs_debit: opt(ref(CheckoutBacsDebitPaymentMethodOptions)),
    bancontact: opt(ref(CheckoutBancontactPaymentMethodOptions)),
    boleto: opt(ref(CheckoutBoletoPaymentMethodOptions)),
    card: opt(ref(CheckoutCardPaymentMethodOptions)),
    cashapp: opt(ref(CheckoutCashappPaymentMethodOptions)),
    customer_balance: opt(ref(CheckoutCustomerBalancePaymentMethodOptions)),
    eps: opt(ref(CheckoutEpsPaymentMethodOptions)),
    fpx: opt(ref(CheckoutFpxPaymentMethodOptions)),
    giropay: opt(ref(CheckoutGiropayPaymentMethodOptions)),
    grabpay: opt(ref(CheckoutGrabPayPaymentMethodOptions)),
    ideal: opt(ref(CheckoutIdealPaymentMethodOptions)),
    klarna: opt(ref(CheckoutKlarnaPaymentMethodOptions)),
    konbini: opt(ref(CheckoutKonbiniPaymentMethodOptions)),
    link: opt(ref(CheckoutLinkPaymentMethodOptions)),
    oxxo: opt(ref(CheckoutOxxoPaymentMethodOptions)),
    p24: opt(ref(CheckoutP24PaymentMethodOptions)),
    paynow: opt(ref(CheckoutPaynowPaymentMethodOptions)),
    pix: opt(ref(CheckoutPixPaymentMethodOptions)),
    sepa_debit: opt(ref(CheckoutSepaDebitPaymentMethodOptions)),
    sofort: opt(ref(CheckoutSofortPaymentMethodOptions)),
    us_bank_account: opt(ref(CheckoutUsBankAccountPaymentMethodOptions)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "checkout_session_payment_method_options",
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
  schema as CheckoutSessionPaymentMethodOptions,
  validateInput as validateCheckoutSessionPaymentMethodOptions,
  isValid as isCheckoutSessionPaymentMethodOptions,
  check as checkCheckoutSessionPaymentMethodOptions,
  test as testCheckoutSessionPaymentMethodOptions,
};
