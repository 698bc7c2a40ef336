import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentFlowsPrivatePaymentMethodsAlipayDetails,
  checkPaymentFlowsPrivatePaymentMethodsAlipayDetails,
  testPaymentFlowsPrivatePaymentMethodsAlipayDetails,
} from "./payment_flows_private_payment_methods_alipay_details.js";
import {
  PaymentMethodDetailsAchCreditTransfer,
  checkPaymentMethodDetailsAchCreditTransfer,
  testPaymentMethodDetailsAchCreditTransfer,
} from "./payment_method_details_ach_credit_transfer.js";
import {
  PaymentMethodDetailsAchDebit,
  checkPaymentMethodDetailsAchDebit,
  testPaymentMethodDetailsAchDebit,
} from "./payment_method_details_ach_debit.js";
import {
  PaymentMethodDetailsAcssDebit,
  checkPaymentMethodDetailsAcssDebit,
  testPaymentMethodDetailsAcssDebit,
} from "./payment_method_details_acss_debit.js";
import {
  PaymentMethodDetailsAffirm,
  checkPaymentMethodDetailsAffirm,
  testPaymentMethodDetailsAffirm,
} from "./payment_method_details_affirm.js";
import {
  PaymentMethodDetailsAfterpayClearpay,
  checkPaymentMethodDetailsAfterpayClearpay,
  testPaymentMethodDetailsAfterpayClearpay,
} from "./payment_method_details_afterpay_clearpay.js";
import {
  PaymentMethodDetailsAuBecsDebit,
  checkPaymentMethodDetailsAuBecsDebit,
  testPaymentMethodDetailsAuBecsDebit,
} from "./payment_method_details_au_becs_debit.js";
import {
  PaymentMethodDetailsBacsDebit,
  checkPaymentMethodDetailsBacsDebit,
  testPaymentMethodDetailsBacsDebit,
} from "./payment_method_details_bacs_debit.js";
import {
  PaymentMethodDetailsBancontact,
  checkPaymentMethodDetailsBancontact,
  testPaymentMethodDetailsBancontact,
} from "./payment_method_details_bancontact.js";
import {
  PaymentMethodDetailsBlik,
  checkPaymentMethodDetailsBlik,
  testPaymentMethodDetailsBlik,
} from "./payment_method_details_blik.js";
import {
  PaymentMethodDetailsBoleto,
  checkPaymentMethodDetailsBoleto,
  testPaymentMethodDetailsBoleto,
} from "./payment_method_details_boleto.js";
import {
  PaymentMethodDetailsCard,
  checkPaymentMethodDetailsCard,
  testPaymentMethodDetailsCard,
} from "./payment_method_details_card.js";
import {
  PaymentMethodDetailsCardPresent,
  checkPaymentMethodDetailsCardPresent,
  testPaymentMethodDetailsCardPresent,
} from "./payment_method_details_card_present.js";
import {
  PaymentMethodDetailsCashapp,
  checkPaymentMethodDetailsCashapp,
  testPaymentMethodDetailsCashapp,
} from "./payment_method_details_cashapp.js";
import {
  PaymentMethodDetailsCustomerBalance,
  checkPaymentMethodDetailsCustomerBalance,
  testPaymentMethodDetailsCustomerBalance,
} from "./payment_method_details_customer_balance.js";
import {
  PaymentMethodDetailsEps,
  checkPaymentMethodDetailsEps,
  testPaymentMethodDetailsEps,
} from "./payment_method_details_eps.js";
import {
  PaymentMethodDetailsFpx,
  checkPaymentMethodDetailsFpx,
  testPaymentMethodDetailsFpx,
} from "./payment_method_details_fpx.js";
import {
  PaymentMethodDetailsGiropay,
  checkPaymentMethodDetailsGiropay,
  testPaymentMethodDetailsGiropay,
} from "./payment_method_details_giropay.js";
import {
  PaymentMethodDetailsGrabpay,
  checkPaymentMethodDetailsGrabpay,
  testPaymentMethodDetailsGrabpay,
} from "./payment_method_details_grabpay.js";
import {
  PaymentMethodDetailsIdeal,
  checkPaymentMethodDetailsIdeal,
  testPaymentMethodDetailsIdeal,
} from "./payment_method_details_ideal.js";
import {
  PaymentMethodDetailsInteracPresent,
  checkPaymentMethodDetailsInteracPresent,
  testPaymentMethodDetailsInteracPresent,
} from "./payment_method_details_interac_present.js";
import {
  PaymentMethodDetailsKlarna,
  checkPaymentMethodDetailsKlarna,
  testPaymentMethodDetailsKlarna,
} from "./payment_method_details_klarna.js";
import {
  PaymentMethodDetailsKonbini,
  checkPaymentMethodDetailsKonbini,
  testPaymentMethodDetailsKonbini,
} from "./payment_method_details_konbini.js";
import {
  PaymentMethodDetailsLink,
  checkPaymentMethodDetailsLink,
  testPaymentMethodDetailsLink,
} from "./payment_method_details_link.js";
import {
  PaymentMethodDetailsMultibanco,
  checkPaymentMethodDetailsMultibanco,
  testPaymentMethodDetailsMultibanco,
} from "./payment_method_details_multibanco.js";
import {
  PaymentMethodDetailsOxxo,
  checkPaymentMethodDetailsOxxo,
  testPaymentMethodDetailsOxxo,
} from "./payment_method_details_oxxo.js";
import {
  PaymentMethodDetailsP24,
  checkPaymentMethodDetailsP24,
  testPaymentMethodDetailsP24,
} from "./payment_method_details_p24.js";
import {
  PaymentMethodDetailsPaynow,
  checkPaymentMethodDetailsPaynow,
  testPaymentMethodDetailsPaynow,
} from "./payment_method_details_paynow.js";
import {
  PaymentMethodDetailsPaypal,
  checkPaymentMethodDetailsPaypal,
  testPaymentMethodDetailsPaypal,
} from "./payment_method_details_paypal.js";
import {
  PaymentMethodDetailsPix,
  checkPaymentMethodDetailsPix,
  testPaymentMethodDetailsPix,
} from "./payment_method_details_pix.js";
import {
  PaymentMethodDetailsPromptpay,
  checkPaymentMethodDetailsPromptpay,
  testPaymentMethodDetailsPromptpay,
} from "./payment_method_details_promptpay.js";
import {
  PaymentMethodDetailsSepaDebit,
  checkPaymentMethodDetailsSepaDebit,
  testPaymentMethodDetailsSepaDebit,
} from "./payment_method_details_sepa_debit.js";
import {
  PaymentMethodDetailsSofort,
  checkPaymentMethodDetailsSofort,
  testPaymentMethodDetailsSofort,
} from "./payment_method_details_sofort.js";
import {
  PaymentMethodDetailsStripeAccount,
  checkPaymentMethodDetailsStripeAccount,
  testPaymentMethodDetailsStripeAccount,
} from "./payment_method_details_stripe_account.js";
import {
  PaymentMethodDetailsUsBankAccount,
  checkPaymentMethodDetailsUsBankAccount,
  testPaymentMethodDetailsUsBankAccount,
} from "./payment_method_details_us_bank_account.js";
import {
  PaymentMethodDetailsWechat,
  checkPaymentMethodDetailsWechat,
  testPaymentMethodDetailsWechat,
} from "./payment_method_details_wechat.js";
import {
  PaymentMethodDetailsWechatPay,
  checkPaymentMethodDetailsWechatPay,
  testPaymentMethodDetailsWechatPay,
} from "./payment_method_details_wechat_pay.js";
import {
  PaymentMethodDetailsZip,
  checkPaymentMethodDetailsZip,
  testPaymentMethodDetailsZip,
} from "./payment_method_details_zip.js";

const k0 = /* @__PURE__ */ set([
  "ach_credit_transfer",
  "ach_debit",
  "acss_debit",
  "affirm",
  "afterpay_clearpay",
  "alipay",
  "au_becs_debit",
  "bacs_debit",
  "bancontact",
  "blik",
  "boleto",
  "card",
  "card_present",
  "cashapp",
  "customer_balance",
  "eps",
  "fpx",
  "giropay",
  "grabpay",
  "ideal",
  "interac_present",
  "klarna",
  "konbini",
  "link",
  "multibanco",
  "oxxo",
  "p24",
  "paynow",
  "paypal",
  "pix",
  "promptpay",
  "sepa_debit",
  "sofort",
  "stripe_account",
  "type",
  "us_bank_account",
  "wechat",
  "wechat_pay",
  "zip",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.ach_credit_transfer;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkPaymentMethodDetailsAchCreditTransfer,
      v0,
      ok,
      "ach_credit_transfer",
    );
  }
  const v1 = v.ach_debit;
  if (v1 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsAchDebit, v1, ok, "ach_debit");
  }
  const v2 = v.acss_debit;
  if (v2 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsAcssDebit, v2, ok, "acss_debit");
  }
  const v3 = v.affirm;
  if (v3 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsAffirm, v3, ok, "affirm");
  }
  const v4 = v.afterpay_clearpay;
  if (v4 !== undefined) {
    ok = into(
      c,
      checkPaymentMethodDetailsAfterpayClearpay,
      v4,
      ok,
      "afterpay_clearpay",
    );
  }
  const v5 = v.alipay;
  if (v5 !== undefined) {
    ok = into(
      c,
      checkPaymentFlowsPrivatePaymentMethodsAlipayDetails,
      v5,
      ok,
      "alipay",
    );
  }
  const v6 = v.au_becs_debit;
  if (v6 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsAuBecsDebit, v6, ok, "au_becs_debit");
  }
  const v7 = v.bacs_debit;
  if (v7 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsBacsDebit, v7, ok, "bacs_debit");
  }
  const v8 = v.bancontact;
  if (v8 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsBancontact, v8, ok, "bancontact");
  }
  const v9 = v.blik;
  if (v9 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsBlik, v9, ok, "blik");
  }
  const v10 = v.boleto;
  if (v10 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsBoleto, v10, ok, "boleto");
  }
  const v11 = v.card;
  if (v11 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsCard, v11, ok, "card");
  }
  const v12 = v.card_present;
  if (v12 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsCardPresent, v12, ok, "card_present");
  }
  const v13 = v.cashapp;
  if (v13 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsCashapp, v13, ok, "cashapp");
  }
  const v14 = v.customer_balance;
  if (v14 !== undefined) {
    ok = into(
      c,
      checkPaymentMethodDetailsCustomerBalance,
      v14,
      ok,
      "customer_balance",
    );
  }
  const v15 = v.eps;
  if (v15 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsEps, v15, ok, "eps");
  }
  const v16 = v.fpx;
  if (v16 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsFpx, v16, ok, "fpx");
  }
  const v17 = v.giropay;
  if (v17 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsGiropay, v17, ok, "giropay");
  }
  const v18 = v.grabpay;
  if (v18 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsGrabpay, v18, ok, "grabpay");
  }
  const v19 = v.ideal;
  if (v19 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsIdeal, v19, ok, "ideal");
  }
  const v20 = v.interac_present;
  if (v20 !== undefined) {
    ok = into(
      c,
      checkPaymentMethodDetailsInteracPresent,
      v20,
      ok,
      "interac_present",
    );
  }
  const v21 = v.klarna;
  if (v21 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsKlarna, v21, ok, "klarna");
  }
  const v22 = v.konbini;
  if (v22 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsKonbini, v22, ok, "konbini");
  }
  const v23 = v.link;
  if (v23 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsLink, v23, ok, "link");
  }
  const v24 = v.multibanco;
  if (v24 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsMultibanco, v24, ok, "multibanco");
  }
  const v25 = v.oxxo;
  if (v25 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsOxxo, v25, ok, "oxxo");
  }
  const v26 = v.p24;
  if (v26 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsP24, v26, ok, "p24");
  }
  const v27 = v.paynow;
  if (v27 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsPaynow, v27, ok, "paynow");
  }
  const v28 = v.paypal;
  if (v28 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsPaypal, v28, ok, "paypal");
  }
  const v29 = v.pix;
  if (v29 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsPix, v29, ok, "pix");
  }
  const v30 = v.promptpay;
  if (v30 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsPromptpay, v30, ok, "promptpay");
  }
  const v31 = v.sepa_debit;
  if (v31 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsSepaDebit, v31, ok, "sepa_debit");
  }
  const v32 = v.sofort;
  if (v32 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsSofort, v32, ok, "sofort");
  }
  const v33 = v.stripe_account;
  if (v33 !== undefined) {
    ok = into(
      c,
      checkPaymentMethodDetailsStripeAccount,
      v33,
      ok,
      "stripe_account",
    );
  }
  const v34 = v.type;
  if (v34 === undefined || v34 === null) {
    ok = missing(c, ["type"], v34, ok);
  } else {
    if (typeof v34 !== "string") {
      ok = wrongType(c, ["type"], "string", v34);
    } else if (v34.length > 5000 && tooLong(v34, 5000)) {
      ok = longFail(c, ["type"], 5000, v34);
    }
  }
  const v35 = v.us_bank_account;
  if (v35 !== undefined) {
    ok = into(
      c,
      checkPaymentMethodDetailsUsBankAccount,
      v35,
      ok,
      "us_bank_account",
    );
  }
  const v36 = v.wechat;
  if (v36 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsWechat, v36, ok, "wechat");
  }
  const v37 = v.wechat_pay;
  if (v37 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsWechatPay, v37, ok, "wechat_pay");
  }
  const v38 = v.zip;
  if (v38 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsZip, v38, ok, "zip");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.ach_credit_transfer;
  if (v0 !== undefined) {
    if (!testPaymentMethodDetailsAchCreditTransfer(v0, c)) return false;
  }
  const v1 = v.ach_debit;
  if (v1 !== undefined) {
    if (!testPaymentMethodDetailsAchDebit(v1, c)) return false;
  }
  const v2 = v.acss_debit;
  if (v2 !== undefined) {
    if (!testPaymentMethodDetailsAcssDebit(v2, c)) return false;
  }
  const v3 = v.affirm;
  if (v3 !== undefined) {
    if (!testPaymentMethodDetailsAffirm(v3, c)) return false;
  }
  const v4 = v.afterpay_clearpay;
  if (v4 !== undefined) {
    if (!testPaymentMethodDetailsAfterpayClearpay(v4, c)) return false;
  }
  const v5 = v.alipay;
  if (v5 !== undefined) {
    if (!testPaymentFlowsPrivatePaymentMethodsAlipayDetails(v5, c))
      return false;
  }
  const v6 = v.au_becs_debit;
  if (v6 !== undefined) {
    if (!testPaymentMethodDetailsAuBecsDebit(v6, c)) return false;
  }
  const v7 = v.bacs_debit;
  if (v7 !== undefined) {
    if (!testPaymentMethodDetailsBacsDebit(v7, c)) return false;
  }
  const v8 = v.bancontact;
  if (v8 !== undefined) {
    if (!testPaymentMethodDetailsBancontact(v8, c)) return false;
  }
  const v9 = v.blik;
  if (v9 !== undefined) {
    if (!testPaymentMethodDetailsBlik(v9, c)) return false;
  }
  const v10 = v.boleto;
  if (v10 !== undefined) {
    if (!testPaymentMethodDetailsBoleto(v10, c)) return false;
  }
  const v11 = v.card;
  if (v11 !== undefined) {
    if (!testPaymentMethodDetailsCard(v11, c)) return false;
  }
  const v12 = v.card_present;
  if (v12 !== undefined) {
    if (!testPaymentMethodDetailsCardPresent(v12, c)) return false;
  }
  const v13 = v.cashapp;
  if (v13 !== undefined) {
    if (!testPaymentMethodDetailsCashapp(v13, c)) return false;
  }
  const v14 = v.customer_balance;
  if (v14 !== undefined) {
    if (!testPaymentMethodDetailsCustomerBalance(v14, c)) return false;
  }
  const v15 = v.eps;
  if (v15 !== undefined) {
    if (!testPaymentMethodDetailsEps(v15, c)) return false;
  }
  const v16 = v.fpx;
  if (v16 !== undefined) {
    if (!testPaymentMethodDetailsFpx(v16, c)) return false;
  }
  const v17 = v.giropay;
  if (v17 !== undefined) {
    if (!testPaymentMethodDetailsGiropay(v17, c)) return false;
  }
  const v18 = v.grabpay;
  if (v18 !== undefined) {
    if (!testPaymentMethodDetailsGrabpay(v18, c)) return false;
  }
  const v19 = v.ideal;
  if (v19 !== undefined) {
    if (!testPaymentMethodDetailsIdeal(v19, c)) return false;
  }
  const v20 = v.interac_present;
  if (v20 !== undefined) {
    if (!testPaymentMethodDetailsInteracPresent(v20, c)) return false;
  }
  const v21 = v.klarna;
  if (v21 !== undefined) {
    if (!testPaymentMethodDetailsKlarna(v21, c)) return false;
  }
  const v22 = v.konbini;
  if (v22 !== undefined) {
    if (!testPaymentMethodDetailsKonbini(v22, c)) return false;
  }
  const v23 = v.link;
  if (v23 !== undefined) {
    if (!testPaymentMethodDetailsLink(v23, c)) return false;
  }
  const v24 = v.multibanco;
  if (v24 !== undefined) {
    if (!testPaymentMethodDetailsMultibanco(v24, c)) return false;
  }
  const v25 = v.oxxo;
  if (v25 !== undefined) {
    if (!testPaymentMethodDetailsOxxo(v25, c)) return false;
  }
  const v26 = v.p24;
  if (v26 !== undefined) {
    if (!testPaymentMethodDetailsP24(v26, c)) return false;
  }
  const v27 = v.paynow;
  if (v27 !== undefined) {
    if (!testPaymentMethodDetailsPaynow(v27, c)) return false;
  }
  const v28 = v.paypal;
  if (v28 !== undefined) {
    if (!testPaymentMethodDetailsPaypal(v28, c)) return false;
  }
  const v29 = v.pix;
  if (v29 !== undefined) {
    if (!testPaymentMethodDetailsPix(v29, c)) return false;
  }
  const v30 = v.promptpay;
  if (v30 !== undefined) {
    if (!testPaymentMethodDetailsPromptpay(v30, c)) return false;
  }
  const v31 = v.sepa_debit;
  if (v31 !== undefined) {
    if (!testPaymentMethodDetailsSepaDebit(v31, c)) return false;
  }
  const v32 = v.sofort;
  if (v32 !== undefined) {
    if (!testPaymentMethodDetailsSofort(v32, c)) return false;
  }
  const v33 = v.stripe_account;
  if (v33 !== undefined) {
    if (!testPaymentMethodDetailsStripeAccount(v33, c)) return false;
  }
  const v34 = v.type;
  if (typeof v34 !== "string") return false;
  if (v34.length > 5000 && tooLong(v34, 5000)) return false;
  const v35 = v.us_bank_account;
  if (v35 !== undefined) {
    if (!testPaymentMethodDetailsUsBankAccount(v35, c)) return false;
  }
  const v36 = v.wechat;
  if (v36 !== undefined) {
    if (!testPaymentMethodDetailsWechat(v36, c)) return false;
  }
  const v37 = v.wechat_pay;
  if (v37 !== undefined) {
    if (!testPaymentMethodDetailsWechatPay(v37, c)) return false;
  }
  const v38 = v.zip;
  if (v38 !== undefined) {
    if (!testPaymentMethodDetailsZip(v38, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    ach_credit_transfer: opt(ref(PaymentMethodDetailsAchCreditTransfer)),
    ach_debit: opt(ref(PaymentMethodDetailsAchDebit)),
    acss_debit: opt(ref(PaymentMethodDetailsAcssDebit)),
    affirm: opt(ref(PaymentMethodDetailsAffirm)),
    afterpay_clearpay: opt(ref(PaymentMethodDetailsAfterpayClearpay)),
    alipay: opt(ref(PaymentFlowsPrivatePaymentMethodsAlipayDetails)),
    au_becs_debit: opt(ref(PaymentMethodDetailsAuBecsDebit)),
    bacs_debit: opt(ref(PaymentMethodDetailsBacsDebit)),
    bancontact: opt(ref(PaymentMethodDetailsBancontact)),
    blik: opt(ref(PaymentMethodDetailsBlik)),
    boleto: opt(ref(PaymentMethodDetailsBoleto)),
    card: opt(ref(PaymentMethodDetailsCard)),
    card_present: opt(ref(PaymentMethodDetailsCardPresent)),
    cashapp: opt(ref(PaymentMethodDetailsCashapp)),
    customer_balance: opt(ref(PaymentMethodDetailsCustomerBalance)),
    eps: opt(ref(PaymentMethodDetailsEps)),
    fpx: opt(ref(PaymentMethodDetailsFpx)),
    giropay: opt(ref(PaymentMethodDetailsGiropay)),
    grabpay: opt(ref(PaymentMethodDetailsGrabpay)),
    ideal: opt(ref(PaymentMethodDetailsIdeal)),
    interac_present: opt(ref(PaymentMethodDetailsInteracPresent)),
    klarna: opt(ref(PaymentMethodDetailsKlarna)),
    konbini: opt(ref(PaymentMethodDetailsKonbini)),
    link: opt(ref(PaymentMethodDetailsLink)),
    multibanco: opt(ref(PaymentMethodDetailsMultibanco)),
    oxxo: opt(ref(PaymentMethodDetailsOxxo)),
    p24: opt(ref(PaymentMethodDetailsP24)),
    paynow: opt(ref(PaymentMethodDetailsPaynow)),
    paypal: opt(ref(PaymentMethodDetailsPaypal)),
    pix: opt(ref(PaymentMethodDetailsPix)),
    promptpay: opt(ref(PaymentMethodDetailsPromptpay)),
    sepa_debit: opt(ref(PaymentMethodDetailsSepaDebit)),
    sofort: opt(ref(PaymentMethodDetailsSofort)),
    stripe_account: opt(ref(PaymentMethodDetailsStripeAccount)),
    type: req(str()),
    us_bank_account: opt(ref(PaymentMethodDetailsUsBankAccount)),
    wechat: opt(ref(PaymentMethodDetailsWechat)),
    wechat_pay: opt(ref(PaymentMethodDetailsWechatPay)),
    zip: opt(ref(PaymentMethodDetailsZip)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_details",
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
  schema as PaymentMethodDetails,
  validateInput as validatePaymentMethodDetails,
  isValid as isPaymentMethodDetails,
  check as checkPaymentMethodDetails,
  test as testPaymentMethodDetails,
};
