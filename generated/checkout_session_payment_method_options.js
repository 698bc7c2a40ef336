import {
  deeper,
  into,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, opt, ref } from "./runtime/shape.js";
import { CheckoutAcssDebitPaymentMethodOptions } from "./checkout_acss_debit_payment_method_options.js";
import { CheckoutAffirmPaymentMethodOptions } from "./checkout_affirm_payment_method_options.js";
import { CheckoutAfterpayClearpayPaymentMethodOptions } from "./checkout_afterpay_clearpay_payment_method_options.js";
import { CheckoutAlipayPaymentMethodOptions } from "./checkout_alipay_payment_method_options.js";
import { CheckoutAuBecsDebitPaymentMethodOptions } from "./checkout_au_becs_debit_payment_method_options.js";
import { CheckoutBacsDebitPaymentMethodOptions } from "./checkout_bacs_debit_payment_method_options.js";
import { CheckoutBancontactPaymentMethodOptions } from "./checkout_bancontact_payment_method_options.js";
import { CheckoutBoletoPaymentMethodOptions } from "./checkout_boleto_payment_method_options.js";
import { CheckoutCardPaymentMethodOptions } from "./checkout_card_payment_method_options.js";
import { CheckoutCashappPaymentMethodOptions } from "./checkout_cashapp_payment_method_options.js";
import { CheckoutCustomerBalancePaymentMethodOptions } from "./checkout_customer_balance_payment_method_options.js";
import { CheckoutEpsPaymentMethodOptions } from "./checkout_eps_payment_method_options.js";
import { CheckoutFpxPaymentMethodOptions } from "./checkout_fpx_payment_method_options.js";
import { CheckoutGiropayPaymentMethodOptions } from "./checkout_giropay_payment_method_options.js";
import { CheckoutGrabPayPaymentMethodOptions } from "./checkout_grab_pay_payment_method_options.js";
import { CheckoutIdealPaymentMethodOptions } from "./checkout_ideal_payment_method_options.js";
import { CheckoutKlarnaPaymentMethodOptions } from "./checkout_klarna_payment_method_options.js";
import { CheckoutKonbiniPaymentMethodOptions } from "./checkout_konbini_payment_method_options.js";
import { CheckoutLinkPaymentMethodOptions } from "./checkout_link_payment_method_options.js";
import { CheckoutOxxoPaymentMethodOptions } from "./checkout_oxxo_payment_method_options.js";
import { CheckoutP24PaymentMethodOptions } from "./checkout_p24_payment_method_options.js";
import { CheckoutPaynowPaymentMethodOptions } from "./checkout_paynow_payment_method_options.js";
import { CheckoutPixPaymentMethodOptions } from "./checkout_pix_payment_method_options.js";
import { CheckoutSepaDebitPaymentMethodOptions } from "./checkout_sepa_debit_payment_method_options.js";
import { CheckoutSofortPaymentMethodOptions } from "./checkout_sofort_payment_method_options.js";
import { CheckoutUsBankAccountPaymentMethodOptions } from "./checkout_us_bank_account_payment_method_options.js";

const k0 = set([
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
      CheckoutAcssDebitPaymentMethodOptions.check,
      v0,
      ok,
      "acss_debit",
    );
  }
  const v1 = v.affirm;
  if (v1 !== undefined) {
    ok = into(c, CheckoutAffirmPaymentMethodOptions.check, v1, ok, "affirm");
  }
  const v2 = v.afterpay_clearpay;
  if (v2 !== undefined) {
    ok = into(
      c,
      CheckoutAfterpayClearpayPaymentMethodOptions.check,
      v2,
      ok,
      "afterpay_clearpay",
    );
  }
  const v3 = v.alipay;
  if (v3 !== undefined) {
    ok = into(c, CheckoutAlipayPaymentMethodOptions.check, v3, ok, "alipay");
  }
  const v4 = v.au_becs_debit;
  if (v4 !== undefined) {
    ok = into(
      c,
      CheckoutAuBecsDebitPaymentMethodOptions.check,
      v4,
      ok,
      "au_becs_debit",
    );
  }
  const v5 = v.bacs_debit;
  if (v5 !== undefined) {
    ok = into(
      c,
      CheckoutBacsDebitPaymentMethodOptions.check,
      v5,
      ok,
      "bacs_debit",
    );
  }
  const v6 = v.bancontact;
  if (v6 !== undefined) {
    ok = into(
      c,
      CheckoutBancontactPaymentMethodOptions.check,
      v6,
      ok,
      "bancontact",
    );
  }
  const v7 = v.boleto;
  if (v7 !== undefined) {
    ok = into(c, CheckoutBoletoPaymentMethodOptions.check, v7, ok, "boleto");
  }
  const v8 = v.card;
  if (v8 !== undefined) {
    ok = into(c, CheckoutCardPaymentMethodOptions.check, v8, ok, "card");
  }
  const v9 = v.cashapp;
  if (v9 !== undefined) {
    ok = into(c, CheckoutCashappPaymentMethodOptions.check, v9, ok, "cashapp");
  }
  const v10 = v.customer_balance;
  if (v10 !== undefined) {
    ok = into(
      c,
      CheckoutCustomerBalancePaymentMethodOptions.check,
      v10,
      ok,
      "customer_balance",
    );
  }
  const v11 = v.eps;
  if (v11 !== undefined) {
    ok = into(c, CheckoutEpsPaymentMethodOptions.check, v11, ok, "eps");
  }
  const v12 = v.fpx;
  if (v12 !== undefined) {
    ok = into(c, CheckoutFpxPaymentMethodOptions.check, v12, ok, "fpx");
  }
  const v13 = v.giropay;
  if (v13 !== undefined) {
    ok = into(c, CheckoutGiropayPaymentMethodOptions.check, v13, ok, "giropay");
  }
  const v14 = v.grabpay;
  if (v14 !== undefined) {
    ok = into(c, CheckoutGrabPayPaymentMethodOptions.check, v14, ok, "grabpay");
  }
  const v15 = v.ideal;
  if (v15 !== undefined) {
    ok = into(c, CheckoutIdealPaymentMethodOptions.check, v15, ok, "ideal");
  }
  const v16 = v.klarna;
  if (v16 !== undefined) {
    ok = into(c, CheckoutKlarnaPaymentMethodOptions.check, v16, ok, "klarna");
  }
  const v17 = v.konbini;
  if (v17 !== undefined) {
    ok = into(c, CheckoutKonbiniPaymentMethodOptions.check, v17, ok, "konbini");
  }
  const v18 = v.link;
  if (v18 !== undefined) {
    ok = into(c, CheckoutLinkPaymentMethodOptions.check, v18, ok, "link");
  }
  const v19 = v.oxxo;
  if (v19 !== undefined) {
    ok = into(c, CheckoutOxxoPaymentMethodOptions.check, v19, ok, "oxxo");
  }
  const v20 = v.p24;
  if (v20 !== undefined) {
    ok = into(c, CheckoutP24PaymentMethodOptions.check, v20, ok, "p24");
  }
  const v21 = v.paynow;
  if (v21 !== undefined) {
    ok = into(c, CheckoutPaynowPaymentMethodOptions.check, v21, ok, "paynow");
  }
  const v22 = v.pix;
  if (v22 !== undefined) {
    ok = into(c, CheckoutPixPaymentMethodOptions.check, v22, ok, "pix");
  }
  const v23 = v.sepa_debit;
  if (v23 !== undefined) {
    ok = into(
      c,
      CheckoutSepaDebitPaymentMethodOptions.check,
      v23,
      ok,
      "sepa_debit",
    );
  }
  const v24 = v.sofort;
  if (v24 !== undefined) {
    ok = into(c, CheckoutSofortPaymentMethodOptions.check, v24, ok, "sofort");
  }
  const v25 = v.us_bank_account;
  if (v25 !== undefined) {
    ok = into(
      c,
      CheckoutUsBankAccountPaymentMethodOptions.check,
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
  shape,
});
export { schema as CheckoutSessionPaymentMethodOptions };
