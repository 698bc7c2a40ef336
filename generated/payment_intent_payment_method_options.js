import {
  anyOf,
  deeper,
  into,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, opt, ref, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentIntentPaymentMethodOptionsAcssDebit,
  checkPaymentIntentPaymentMethodOptionsAcssDebit,
} from "./payment_intent_payment_method_options_acss_debit.js";
import {
  PaymentIntentPaymentMethodOptionsAuBecsDebit,
  checkPaymentIntentPaymentMethodOptionsAuBecsDebit,
} from "./payment_intent_payment_method_options_au_becs_debit.js";
import {
  PaymentIntentPaymentMethodOptionsBlik,
  checkPaymentIntentPaymentMethodOptionsBlik,
} from "./payment_intent_payment_method_options_blik.js";
import {
  PaymentIntentPaymentMethodOptionsCard,
  checkPaymentIntentPaymentMethodOptionsCard,
} from "./payment_intent_payment_method_options_card.js";
import {
  PaymentIntentPaymentMethodOptionsEps,
  checkPaymentIntentPaymentMethodOptionsEps,
} from "./payment_intent_payment_method_options_eps.js";
import {
  PaymentIntentPaymentMethodOptionsLink,
  checkPaymentIntentPaymentMethodOptionsLink,
} from "./payment_intent_payment_method_options_link.js";
import {
  PaymentIntentPaymentMethodOptionsSepaDebit,
  checkPaymentIntentPaymentMethodOptionsSepaDebit,
} from "./payment_intent_payment_method_options_sepa_debit.js";
import {
  PaymentIntentPaymentMethodOptionsUsBankAccount,
  checkPaymentIntentPaymentMethodOptionsUsBankAccount,
} from "./payment_intent_payment_method_options_us_bank_account.js";
import {
  PaymentIntentTypeSpecificPaymentMethodOptionsClient,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
} from "./payment_intent_type_specific_payment_method_options_client.js";
import {
  PaymentMethodOptionsAffirm,
  checkPaymentMethodOptionsAffirm,
} from "./payment_method_options_affirm.js";
import {
  PaymentMethodOptionsAfterpayClearpay,
  checkPaymentMethodOptionsAfterpayClearpay,
} from "./payment_method_options_afterpay_clearpay.js";
import {
  PaymentMethodOptionsAlipay,
  checkPaymentMethodOptionsAlipay,
} from "./payment_method_options_alipay.js";
import {
  PaymentMethodOptionsBacsDebit,
  checkPaymentMethodOptionsBacsDebit,
} from "./payment_method_options_bacs_debit.js";
import {
  PaymentMethodOptionsBancontact,
  checkPaymentMethodOptionsBancontact,
} from "./payment_method_options_bancontact.js";
import {
  PaymentMethodOptionsBoleto,
  checkPaymentMethodOptionsBoleto,
} from "./payment_method_options_boleto.js";
import {
  PaymentMethodOptionsCardPresent,
  checkPaymentMethodOptionsCardPresent,
} from "./payment_method_options_card_present.js";
import {
  PaymentMethodOptionsCashapp,
  checkPaymentMethodOptionsCashapp,
} from "./payment_method_options_cashapp.js";
import {
  PaymentMethodOptionsCustomerBalance,
  checkPaymentMethodOptionsCustomerBalance,
} from "./payment_method_options_customer_balance.js";
import {
  PaymentMethodOptionsFpx,
  checkPaymentMethodOptionsFpx,
} from "./payment_method_options_fpx.js";
import {
  PaymentMethodOptionsGiropay,
  checkPaymentMethodOptionsGiropay,
} from "./payment_method_options_giropay.js";
import {
  PaymentMethodOptionsGrabpay,
  checkPaymentMethodOptionsGrabpay,
} from "./payment_method_options_grabpay.js";
import {
  PaymentMethodOptionsIdeal,
  checkPaymentMethodOptionsIdeal,
} from "./payment_method_options_ideal.js";
import {
  PaymentMethodOptionsInteracPresent,
  checkPaymentMethodOptionsInteracPresent,
} from "./payment_method_options_interac_present.js";
import {
  PaymentMethodOptionsKlarna,
  checkPaymentMethodOptionsKlarna,
} from "./payment_method_options_klarna.js";
import {
  PaymentMethodOptionsKonbini,
  checkPaymentMethodOptionsKonbini,
} from "./payment_method_options_konbini.js";
import {
  PaymentMethodOptionsOxxo,
  checkPaymentMethodOptionsOxxo,
} from "./payment_method_options_oxxo.js";
import {
  PaymentMethodOptionsP24,
  checkPaymentMethodOptionsP24,
} from "./payment_method_options_p24.js";
import {
  PaymentMethodOptionsPaynow,
  checkPaymentMethodOptionsPaynow,
} from "./payment_method_options_paynow.js";
import {
  PaymentMethodOptionsPaypal,
  checkPaymentMethodOptionsPaypal,
} from "./payment_method_options_paypal.js";
import {
  PaymentMethodOptionsPix,
  checkPaymentMethodOptionsPix,
} from "./payment_method_options_pix.js";
import {
  PaymentMethodOptionsPromptpay,
  checkPaymentMethodOptionsPromptpay,
} from "./payment_method_options_promptpay.js";
import {
  PaymentMethodOptionsSofort,
  checkPaymentMethodOptionsSofort,
} from "./payment_method_options_sofort.js";
import {
  PaymentMethodOptionsWechatPay,
  checkPaymentMethodOptionsWechatPay,
} from "./payment_method_options_wechat_pay.js";
import {
  PaymentMethodOptionsZip,
  checkPaymentMethodOptionsZip,
} from "./payment_method_options_zip.js";

const a0 = [
  checkPaymentIntentPaymentMethodOptionsAcssDebit,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n0 = [
  "payment_intent_payment_method_options_acss_debit",
  "payment_intent_type_specific_payment_method_options_client",
];
const a1 = [
  checkPaymentMethodOptionsAffirm,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n1 = [
  "payment_method_options_affirm",
  "payment_intent_type_specific_payment_method_options_client",
];
const a2 = [
  checkPaymentMethodOptionsAfterpayClearpay,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n2 = [
  "payment_method_options_afterpay_clearpay",
  "payment_intent_type_specific_payment_method_options_client",
];
const a3 = [
  checkPaymentMethodOptionsAlipay,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n3 = [
  "payment_method_options_alipay",
  "payment_intent_type_specific_payment_method_options_client",
];
const a4 = [
  checkPaymentIntentPaymentMethodOptionsAuBecsDebit,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n4 = [
  "payment_intent_payment_method_options_au_becs_debit",
  "payment_intent_type_specific_payment_method_options_client",
];
const a5 = [
  checkPaymentMethodOptionsBacsDebit,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n5 = [
  "payment_method_options_bacs_debit",
  "payment_intent_type_specific_payment_method_options_client",
];
const a6 = [
  checkPaymentMethodOptionsBancontact,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n6 = [
  "payment_method_options_bancontact",
  "payment_intent_type_specific_payment_method_options_client",
];
const a7 = [
  checkPaymentIntentPaymentMethodOptionsBlik,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n7 = [
  "payment_intent_payment_method_options_blik",
  "payment_intent_type_specific_payment_method_options_client",
];
const a8 = [
  checkPaymentMethodOptionsBoleto,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n8 = [
  "payment_method_options_boleto",
  "payment_intent_type_specific_payment_method_options_client",
];
const a9 = [
  checkPaymentIntentPaymentMethodOptionsCard,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n9 = [
  "payment_intent_payment_method_options_card",
  "payment_intent_type_specific_payment_method_options_client",
];
const a10 = [
  checkPaymentMethodOptionsCardPresent,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n10 = [
  "payment_method_options_card_present",
  "payment_intent_type_specific_payment_method_options_client",
];
const a11 = [
  checkPaymentMethodOptionsCashapp,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n11 = [
  "payment_method_options_cashapp",
  "payment_intent_type_specific_payment_method_options_client",
];
const a12 = [
  checkPaymentMethodOptionsCustomerBalance,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n12 = [
  "payment_method_options_customer_balance",
  "payment_intent_type_specific_payment_method_options_client",
];
const a13 = [
  checkPaymentIntentPaymentMethodOptionsEps,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n13 = [
  "payment_intent_payment_method_options_eps",
  "payment_intent_type_specific_payment_method_options_client",
];
const a14 = [
  checkPaymentMethodOptionsFpx,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n14 = [
  "payment_method_options_fpx",
  "payment_intent_type_specific_payment_method_options_client",
];
const a15 = [
  checkPaymentMethodOptionsGiropay,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n15 = [
  "payment_method_options_giropay",
  "payment_intent_type_specific_payment_method_options_client",
];
const a16 = [
  checkPaymentMethodOptionsGrabpay,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n16 = [
  "payment_method_options_grabpay",
  "payment_intent_type_specific_payment_method_options_client",
];
const a17 = [
  checkPaymentMethodOptionsIdeal,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n17 = [
  "payment_method_options_ideal",
  "payment_intent_type_specific_payment_method_options_client",
];
const a18 = [
  checkPaymentMethodOptionsInteracPresent,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n18 = [
  "payment_method_options_interac_present",
  "payment_intent_type_specific_payment_method_options_client",
];
const a19 = [
  checkPaymentMethodOptionsKlarna,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n19 = [
  "payment_method_options_klarna",
  "payment_intent_type_specific_payment_method_options_client",
];
const a20 = [
  checkPaymentMethodOptionsKonbini,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n20 = [
  "payment_method_options_konbini",
  "payment_intent_type_specific_payment_method_options_client",
];
const a21 = [
  checkPaymentIntentPaymentMethodOptionsLink,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n21 = [
  "payment_intent_payment_method_options_link",
  "payment_intent_type_specific_payment_method_options_client",
];
const a22 = [
  checkPaymentMethodOptionsOxxo,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n22 = [
  "payment_method_options_oxxo",
  "payment_intent_type_specific_payment_method_options_client",
];
const a23 = [
  checkPaymentMethodOptionsP24,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n23 = [
  "payment_method_options_p24",
  "payment_intent_type_specific_payment_method_options_client",
];
const a24 = [
  checkPaymentMethodOptionsPaynow,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n24 = [
  "payment_method_options_paynow",
  "payment_intent_type_specific_payment_method_options_client",
];
const a25 = [
  checkPaymentMethodOptionsPaypal,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n25 = [
  "payment_method_options_paypal",
  "payment_intent_type_specific_payment_method_options_client",
];
const a26 = [
  checkPaymentMethodOptionsPix,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n26 = [
  "payment_method_options_pix",
  "payment_intent_type_specific_payment_method_options_client",
];
const a27 = [
  checkPaymentMethodOptionsPromptpay,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n27 = [
  "payment_method_options_promptpay",
  "payment_intent_type_specific_payment_method_options_client",
];
const a28 = [
  checkPaymentIntentPaymentMethodOptionsSepaDebit,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n28 = [
  "payment_intent_payment_method_options_sepa_debit",
  "payment_intent_type_specific_payment_method_options_client",
];
const a29 = [
  checkPaymentMethodOptionsSofort,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n29 = [
  "payment_method_options_sofort",
  "payment_intent_type_specific_payment_method_options_client",
];
const a30 = [
  checkPaymentIntentPaymentMethodOptionsUsBankAccount,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n30 = [
  "payment_intent_payment_method_options_us_bank_account",
  "payment_intent_type_specific_payment_method_options_client",
];
const a31 = [
  checkPaymentMethodOptionsWechatPay,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n31 = [
  "payment_method_options_wechat_pay",
  "payment_intent_type_specific_payment_method_options_client",
];
const a32 = [
  checkPaymentMethodOptionsZip,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
];
const n32 = [
  "payment_method_options_zip",
  "payment_intent_type_specific_payment_method_options_client",
];
const k0 = set([
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
  "oxxo",
  "p24",
  "paynow",
  "paypal",
  "pix",
  "promptpay",
  "sepa_debit",
  "sofort",
  "us_bank_account",
  "wechat_pay",
  "zip",
]);

function u0(v, c) {
  return anyOf(c, a0, n0, v);
}

function u1(v, c) {
  return anyOf(c, a1, n1, v);
}

function u2(v, c) {
  return anyOf(c, a2, n2, v);
}

function u3(v, c) {
  return anyOf(c, a3, n3, v);
}

function u4(v, c) {
  return anyOf(c, a4, n4, v);
}

function u5(v, c) {
  return anyOf(c, a5, n5, v);
}

function u6(v, c) {
  return anyOf(c, a6, n6, v);
}

function u7(v, c) {
  return anyOf(c, a7, n7, v);
}

function u8(v, c) {
  return anyOf(c, a8, n8, v);
}

function u9(v, c) {
  return anyOf(c, a9, n9, v);
}

function u10(v, c) {
  return anyOf(c, a10, n10, v);
}

function u11(v, c) {
  return anyOf(c, a11, n11, v);
}

function u12(v, c) {
  return anyOf(c, a12, n12, v);
}

function u13(v, c) {
  return anyOf(c, a13, n13, v);
}

function u14(v, c) {
  return anyOf(c, a14, n14, v);
}

function u15(v, c) {
  return anyOf(c, a15, n15, v);
}

function u16(v, c) {
  return anyOf(c, a16, n16, v);
}

function u17(v, c) {
  return anyOf(c, a17, n17, v);
}

function u18(v, c) {
  return anyOf(c, a18, n18, v);
}

function u19(v, c) {
  return anyOf(c, a19, n19, v);
}

function u20(v, c) {
  return anyOf(c, a20, n20, v);
}

function u21(v, c) {
  return anyOf(c, a21, n21, v);
}

function u22(v, c) {
  return anyOf(c, a22, n22, v);
}

function u23(v, c) {
  return anyOf(c, a23, n23, v);
}

function u24(v, c) {
  return anyOf(c, a24, n24, v);
}

function u25(v, c) {
  return anyOf(c, a25, n25, v);
}

function u26(v, c) {
  return anyOf(c, a26, n26, v);
}

function u27(v, c) {
  return anyOf(c, a27, n27, v);
}

function u28(v, c) {
  return anyOf(c, a28, n28, v);
}

function u29(v, c) {
  return anyOf(c, a29, n29, v);
}

function u30(v, c) {
  return anyOf(c, a30, n30, v);
}

function u31(v, c) {
  return anyOf(c, a31, n31, v);
}

function u32(v, c) {
  return anyOf(c, a32, n32, v);
}

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.acss_debit;
  if (v0 !== undefined) {
    ok = into(c, u0, v0, ok, "acss_debit");
  }
  const v1 = v.affirm;
  if (v1 !== undefined) {
    ok = into(c, u1, v1, ok, "affirm");
  }
  const v2 = v.afterpay_clearpay;
  if (v2 !== undefined) {
    ok = into(c, u2, v2, ok, "afterpay_clearpay");
  }
  const v3 = v.alipay;
  if (v3 !== undefined) {
    ok = into(c, u3, v3, ok, "alipay");
  }
  const v4 = v.au_becs_debit;
  if (v4 !== undefined) {
    ok = into(c, u4, v4, ok, "au_becs_debit");
  }
  const v5 = v.bacs_debit;
  if (v5 !== undefined) {
    ok = into(c, u5, v5, ok, "bacs_debit");
  }
  const v6 = v.bancontact;
  if (v6 !== undefined) {
    ok = into(c, u6, v6, ok, "bancontact");
  }
  const v7 = v.blik;
  if (v7 !== undefined) {
    ok = into(c, u7, v7, ok, "blik");
  }
  const v8 = v.boleto;
  if (v8 !== undefined) {
    ok = into(c, u8, v8, ok, "boleto");
  }
  const v9 = v.card;
  if (v9 !== undefined) {
    ok = into(c, u9, v9, ok, "card");
  }
  const v10 = v.card_present;
  if (v10 !== undefined) {
    ok = into(c, u10, v10, ok, "card_present");
  }
  const v11 = v.cashapp;
  if (v11 !== undefined) {
    ok = into(c, u11, v11, ok, "cashapp");
  }
  const v12 = v.customer_balance;
  if (v12 !== undefined) {
    ok = into(c, u12, v12, ok, "customer_balance");
  }
  const v13 = v.eps;
  if (v13 !== undefined) {
    ok = into(c, u13, v13, ok, "eps");
  }
  const v14 = v.fpx;
  if (v14 !== undefined) {
    ok = into(c, u14, v14, ok, "fpx");
  }
  const v15 = v.giropay;
  if (v15 !== undefined) {
    ok = into(c, u15, v15, ok, "giropay");
  }
  const v16 = v.grabpay;
  if (v16 !== undefined) {
    ok = into(c, u16, v16, ok, "grabpay");
  }
  const v17 = v.ideal;
  if (v17 !== undefined) {
    ok = into(c, u17, v17, ok, "ideal");
  }
  const v18 = v.interac_present;
  if (v18 !== undefined) {
    ok = into(c, u18, v18, ok, "interac_present");
  }
  const v19 = v.klarna;
  if (v19 !== undefined) {
    ok = into(c, u19, v19, ok, "klarna");
  }
  const v20 = v.konbini;
  if (v20 !== undefined) {
    ok = into(c, u20, v20, ok, "konbini");
  }
  const v21 = v.link;
  if (v21 !== undefined) {
    ok = into(c, u21, v21, ok, "link");
  }
  const v22 = v.oxxo;
  if (v22 !== undefined) {
    ok = into(c, u22, v22, ok, "oxxo");
  }
  const v23 = v.p24;
  if (v23 !== undefined) {
    ok = into(c, u23, v23, ok, "p24");
  }
  const v24 = v.paynow;
  if (v24 !== undefined) {
    ok = into(c, u24, v24, ok, "paynow");
  }
  const v25 = v.paypal;
  if (v25 !== undefined) {
    ok = into(c, u25, v25, ok, "paypal");
  }
  const v26 = v.pix;
  if (v26 !== undefined) {
    ok = into(c, u26, v26, ok, "pix");
  }
  const v27 = v.promptpay;
  if (v27 !== undefined) {
    ok = into(c, u27, v27, ok, "promptpay");
  }
  const v28 = v.sepa_debit;
  if (v28 !== undefined) {
    ok = into(c, u28, v28, ok, "sepa_debit");
  }
  const v29 = v.sofort;
  if (v29 !== undefined) {
    ok = into(c, u29, v29, ok, "sofort");
  }
  const v30 = v.us_bank_account;
  if (v30 !== undefined) {
    ok = into(c, u30, v30, ok, "us_bank_account");
  }
  const v31 = v.wechat_pay;
  if (v31 !== undefined) {
    ok = into(c, u31, v31, ok, "wechat_pay");
  }
  const v32 = v.zip;
  if (v32 !== undefined) {
    ok = into(c, u32, v32, ok, "zip");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function shape() {
  return obj({
    acss_debit: opt(
      union(
        ref(PaymentIntentPaymentMethodOptionsAcssDebit),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    affirm: opt(
      union(
        ref(PaymentMethodOptionsAffirm),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    afterpay_clearpay: opt(
      union(
        ref(PaymentMethodOptionsAfterpayClearpay),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    alipay: opt(
      union(
        ref(PaymentMethodOptionsAlipay),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    au_becs_debit: opt(
      union(
        ref(PaymentIntentPaymentMethodOptionsAuBecsDebit),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    bacs_debit: opt(
      union(
        ref(PaymentMethodOptionsBacsDebit),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    bancontact: opt(
      union(
        ref(PaymentMethodOptionsBancontact),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    blik: opt(
      union(
        ref(PaymentIntentPaymentMethodOptionsBlik),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    boleto: opt(
      union(
        ref(PaymentMethodOptionsBoleto),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    card: opt(
      union(
        ref(PaymentIntentPaymentMethodOptionsCard),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    card_present: opt(
      union(
        ref(PaymentMethodOptionsCardPresent),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    cashapp: opt(
      union(
        ref(PaymentMethodOptionsCashapp),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    customer_balance: opt(
      union(
        ref(PaymentMethodOptionsCustomerBalance),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    eps: opt(
      union(
        ref(PaymentIntentPaymentMethodOptionsEps),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    fpx: opt(
      union(
        ref(PaymentMethodOptionsFpx),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    giropay: opt(
      union(
        ref(PaymentMethodOptionsGiropay),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    grabpay: opt(
      union(
        ref(PaymentMethodOptionsGrabpay),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    ideal: opt(
      union(
        ref(PaymentMethodOptionsIdeal),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    interac_present: opt(
      union(
        ref(PaymentMethodOptionsInteracPresent),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    klarna: opt(
      union(
        ref(PaymentMethodOptionsKlarna),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    konbini: opt(
      union(
        ref(PaymentMethodOptionsKonbini),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    link: opt(
      union(
        ref(PaymentIntentPaymentMethodOptionsLink),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    oxxo: opt(
      union(
        ref(PaymentMethodOptionsOxxo),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    p24: opt(
      union(
        ref(PaymentMethodOptionsP24),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    paynow: opt(
      union(
        ref(PaymentMethodOptionsPaynow),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    paypal: opt(
      union(
        ref(PaymentMethodOptionsPaypal),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    pix: opt(
      union(
        ref(PaymentMethodOptionsPix),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    promptpay: opt(
      union(
        ref(PaymentMethodOptionsPromptpay),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    sepa_debit: opt(
      union(
        ref(PaymentIntentPaymentMethodOptionsSepaDebit),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    sofort: opt(
      union(
        ref(PaymentMethodOptionsSofort),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    us_bank_account: opt(
      union(
        ref(PaymentIntentPaymentMethodOptionsUsBankAccount),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    wechat_pay: opt(
      union(
        ref(PaymentMethodOptionsWechatPay),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    zip: opt(
      union(
        ref(PaymentMethodOptionsZip),
        ref(PaymentIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_payment_method_options",
  check,
  shape,
});

function validateInput(input, options) {
  return validate(check, input, options);
}

function isValid(input) {
  return is(check, input);
}

export {
  schema as PaymentIntentPaymentMethodOptions,
  validateInput as validatePaymentIntentPaymentMethodOptions,
  isValid as isPaymentIntentPaymentMethodOptions,
  check as checkPaymentIntentPaymentMethodOptions,
};
