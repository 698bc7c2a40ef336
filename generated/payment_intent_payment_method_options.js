import {
  anyOf,
  anyOfTest,
  deeper,
  enter,
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
  testPaymentIntentPaymentMethodOptionsAcssDebit,
} from "./payment_intent_payment_method_options_acss_debit.js";
import {
  PaymentIntentPaymentMethodOptionsAuBecsDebit,
  checkPaymentIntentPaymentMethodOptionsAuBecsDebit,
  testPaymentIntentPaymentMethodOptionsAuBecsDebit,
} from "./payment_intent_payment_method_options_au_becs_debit.js";
import {
  PaymentIntentPaymentMethodOptionsBlik,
  checkPaymentIntentPaymentMethodOptionsBlik,
  testPaymentIntentPaymentMethodOptionsBlik,
} from "./payment_intent_payment_method_options_blik.js";
import {
  PaymentIntentPaymentMethodOptionsCard,
  checkPaymentIntentPaymentMethodOptionsCard,
  testPaymentIntentPaymentMethodOptionsCard,
} from "./payment_intent_payment_method_options_card.js";
import {
  PaymentIntentPaymentMethodOptionsEps,
  checkPaymentIntentPaymentMethodOptionsEps,
  testPaymentIntentPaymentMethodOptionsEps,
} from "./payment_intent_payment_method_options_eps.js";
import {
  PaymentIntentPaymentMethodOptionsLink,
  checkPaymentIntentPaymentMethodOptionsLink,
  testPaymentIntentPaymentMethodOptionsLink,
} from "./payment_intent_payment_method_options_link.js";
import {
  PaymentIntentPaymentMethodOptionsSepaDebit,
  checkPaymentIntentPaymentMethodOptionsSepaDebit,
  testPaymentIntentPaymentMethodOptionsSepaDebit,
} from "./payment_intent_payment_method_options_sepa_debit.js";
import {
  PaymentIntentPaymentMethodOptionsUsBankAccount,
  checkPaymentIntentPaymentMethodOptionsUsBankAccount,
  testPaymentIntentPaymentMethodOptionsUsBankAccount,
} from "./payment_intent_payment_method_options_us_bank_account.js";
import {
  PaymentIntentTypeSpecificPaymentMethodOptionsClient,
  checkPaymentIntentTypeSpecificPaymentMethodOptionsClient,
  testPaymentIntentTypeSpecificPaymentMethodOptionsClient,
} from "./payment_intent_type_specific_payment_method_options_client.js";
import {
  PaymentMethodOptionsAffirm,
  checkPaymentMethodOptionsAffirm,
  testPaymentMethodOptionsAffirm,
} from "./payment_method_options_affirm.js";
import {
  PaymentMethodOptionsAfterpayClearpay,
  checkPaymentMethodOptionsAfterpayClearpay,
  testPaymentMethodOptionsAfterpayClearpay,
} from "./payment_method_options_afterpay_clearpay.js";
import {
  PaymentMethodOptionsAlipay,
  checkPaymentMethodOptionsAlipay,
  testPaymentMethodOptionsAlipay,
} from "./payment_method_options_alipay.js";
import {
  PaymentMethodOptionsBacsDebit,
  checkPaymentMethodOptionsBacsDebit,
  testPaymentMethodOptionsBacsDebit,
} from "./payment_method_options_bacs_debit.js";
import {
  PaymentMethodOptionsBancontact,
  checkPaymentMethodOptionsBancontact,
  testPaymentMethodOptionsBancontact,
} from "./payment_method_options_bancontact.js";
import {
  PaymentMethodOptionsBoleto,
  checkPaymentMethodOptionsBoleto,
  testPaymentMethodOptionsBoleto,
} from "./payment_method_options_boleto.js";
import {
  PaymentMethodOptionsCardPresent,
  checkPaymentMethodOptionsCardPresent,
  testPaymentMethodOptionsCardPresent,
} from "./payment_method_options_card_present.js";
import {
  PaymentMethodOptionsCashapp,
  checkPaymentMethodOptionsCashapp,
  testPaymentMethodOptionsCashapp,
} from "./payment_method_options_cashapp.js";
import {
  PaymentMethodOptionsCustomerBalance,
  checkPaymentMethodOptionsCustomerBalance,
  testPaymentMethodOptionsCustomerBalance,
} from "./payment_method_options_customer_balance.js";
import {
  PaymentMethodOptionsFpx,
  checkPaymentMethodOptionsFpx,
  testPaymentMethodOptionsFpx,
} from "./payment_method_options_fpx.js";
import {
  PaymentMethodOptionsGiropay,
  checkPaymentMethodOptionsGiropay,
  testPaymentMethodOptionsGiropay,
} from "./payment_method_options_giropay.js";
import {
  PaymentMethodOptionsGrabpay,
  checkPaymentMethodOptionsGrabpay,
  testPaymentMethodOptionsGrabpay,
} from "./payment_method_options_grabpay.js";
import {
  PaymentMethodOptionsIdeal,
  checkPaymentMethodOptionsIdeal,
  testPaymentMethodOptionsIdeal,
} from "./payment_method_options_ideal.js";
import {
  PaymentMethodOptionsInteracPresent,
  checkPaymentMethodOptionsInteracPresent,
  testPaymentMethodOptionsInteracPresent,
} from "./payment_method_options_interac_present.js";
import {
  PaymentMethodOptionsKlarna,
  checkPaymentMethodOptionsKlarna,
  testPaymentMethodOptionsKlarna,
} from "./payment_method_options_klarna.js";
import {
  PaymentMethodOptionsKonbini,
  checkPaymentMethodOptionsKonbini,
  testPaymentMethodOptionsKonbini,
} from "./payment_method_options_konbini.js";
import {
  PaymentMethodOptionsOxxo,
  checkPaymentMethodOptionsOxxo,
  testPaymentMethodOptionsOxxo,
} from "./payment_method_options_oxxo.js";
import {
  PaymentMethodOptionsP24,
  checkPaymentMethodOptionsP24,
  testPaymentMethodOptionsP24,
} from "./payment_method_options_p24.js";
import {
  PaymentMethodOptionsPaynow,
  checkPaymentMethodOptionsPaynow,
  testPaymentMethodOptionsPaynow,
} from "./payment_method_options_paynow.js";
import {
  PaymentMethodOptionsPaypal,
  checkPaymentMethodOptionsPaypal,
  testPaymentMethodOptionsPaypal,
} from "./payment_method_options_paypal.js";
import {
  PaymentMethodOptionsPix,
  checkPaymentMethodOptionsPix,
  testPaymentMethodOptionsPix,
} from "./payment_method_options_pix.js";
import {
  PaymentMethodOptionsPromptpay,
  checkPaymentMethodOptionsPromptpay,
  testPaymentMethodOptionsPromptpay,
} from "./payment_method_options_promptpay.js";
import {
  PaymentMethodOptionsSofort,
  checkPaymentMethodOptionsSofort,
  testPaymentMethodOptionsSofort,
} from "./payment_method_options_sofort.js";
import {
  PaymentMethodOptionsWechatPay,
  checkPaymentMethodOptionsWechatPay,
  testPaymentMethodOptionsWechatPay,
} from "./payment_method_options_wechat_pay.js";
import {
  PaymentMethodOptionsZip,
  checkPaymentMethodOptionsZip,
  testPaymentMethodOptionsZip,
} from "./payment_method_options_zip.js";

const a0 = [u0, u1];
const n0 = [
  "payment_intent_payment_method_options_acss_debit",
  "payment_intent_type_specific_payment_method_options_client",
];
const a1 = [u3, u4];
const n1 = [
  "payment_method_options_affirm",
  "payment_intent_type_specific_payment_method_options_client",
];
const a2 = [u6, u7];
const n2 = [
  "payment_method_options_afterpay_clearpay",
  "payment_intent_type_specific_payment_method_options_client",
];
const a3 = [u9, u10];
const n3 = [
  "payment_method_options_alipay",
  "payment_intent_type_specific_payment_method_options_client",
];
const a4 = [u12, u13];
const n4 = [
  "payment_intent_payment_method_options_au_becs_debit",
  "payment_intent_type_specific_payment_method_options_client",
];
const a5 = [u15, u16];
const n5 = [
  "payment_method_options_bacs_debit",
  "payment_intent_type_specific_payment_method_options_client",
];
const a6 = [u18, u19];
const n6 = [
  "payment_method_options_bancontact",
  "payment_intent_type_specific_payment_method_options_client",
];
const a7 = [u21, u22];
const n7 = [
  "payment_intent_payment_method_options_blik",
  "payment_intent_type_specific_payment_method_options_client",
];
const a8 = [u24, u25];
const n8 = [
  "payment_method_options_boleto",
  "payment_intent_type_specific_payment_method_options_client",
];
const a9 = [u27, u28];
const n9 = [
  "payment_intent_payment_method_options_card",
  "payment_intent_type_specific_payment_method_options_client",
];
const a10 = [u30, u31];
const n10 = [
  "payment_method_options_card_present",
  "payment_intent_type_specific_payment_method_options_client",
];
const a11 = [u33, u34];
const n11 = [
  "payment_method_options_cashapp",
  "payment_intent_type_specific_payment_method_options_client",
];
const a12 = [u36, u37];
const n12 = [
  "payment_method_options_customer_balance",
  "payment_intent_type_specific_payment_method_options_client",
];
const a13 = [u39, u40];
const n13 = [
  "payment_intent_payment_method_options_eps",
  "payment_intent_type_specific_payment_method_options_client",
];
const a14 = [u42, u43];
const n14 = [
  "payment_method_options_fpx",
  "payment_intent_type_specific_payment_method_options_client",
];
const a15 = [u45, u46];
const n15 = [
  "payment_method_options_giropay",
  "payment_intent_type_specific_payment_method_options_client",
];
const a16 = [u48, u49];
const n16 = [
  "payment_method_options_grabpay",
  "payment_intent_type_specific_payment_method_options_client",
];
const a17 = [u51, u52];
const n17 = [
  "payment_method_options_ideal",
  "payment_intent_type_specific_payment_method_options_client",
];
const a18 = [u54, u55];
const n18 = [
  "payment_method_options_interac_present",
  "payment_intent_type_specific_payment_method_options_client",
];
const a19 = [u57, u58];
const n19 = [
  "payment_method_options_klarna",
  "payment_intent_type_specific_payment_method_options_client",
];
const a20 = [u60, u61];
const n20 = [
  "payment_method_options_konbini",
  "payment_intent_type_specific_payment_method_options_client",
];
const a21 = [u63, u64];
const n21 = [
  "payment_intent_payment_method_options_link",
  "payment_intent_type_specific_payment_method_options_client",
];
const a22 = [u66, u67];
const n22 = [
  "payment_method_options_oxxo",
  "payment_intent_type_specific_payment_method_options_client",
];
const a23 = [u69, u70];
const n23 = [
  "payment_method_options_p24",
  "payment_intent_type_specific_payment_method_options_client",
];
const a24 = [u72, u73];
const n24 = [
  "payment_method_options_paynow",
  "payment_intent_type_specific_payment_method_options_client",
];
const a25 = [u75, u76];
const n25 = [
  "payment_method_options_paypal",
  "payment_intent_type_specific_payment_method_options_client",
];
const a26 = [u78, u79];
const n26 = [
  "payment_method_options_pix",
  "payment_intent_type_specific_payment_method_options_client",
];
const a27 = [u81, u82];
const n27 = [
  "payment_method_options_promptpay",
  "payment_intent_type_specific_payment_method_options_client",
];
const a28 = [u84, u85];
const n28 = [
  "payment_intent_payment_method_options_sepa_debit",
  "payment_intent_type_specific_payment_method_options_client",
];
const a29 = [u87, u88];
const n29 = [
  "payment_method_options_sofort",
  "payment_intent_type_specific_payment_method_options_client",
];
const a30 = [u90, u91];
const n30 = [
  "payment_intent_payment_method_options_us_bank_account",
  "payment_intent_type_specific_payment_method_options_client",
];
const a31 = [u93, u94];
const n31 = [
  "payment_method_options_wechat_pay",
  "payment_intent_type_specific_payment_method_options_client",
];
const a32 = [u96, u97];
const n32 = [
  "payment_method_options_zip",
  "payment_intent_type_specific_payment_method_options_client",
];
const k0 = /* @__PURE__ */ set([
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
const a33 = [u99, u100];
const a34 = [u101, u102];
const a35 = [u103, u104];
const a36 = [u105, u106];
const a37 = [u107, u108];
const a38 = [u109, u110];
const a39 = [u111, u112];
const a40 = [u113, u114];
const a41 = [u115, u116];
const a42 = [u117, u118];
const a43 = [u119, u120];
const a44 = [u121, u122];
const a45 = [u123, u124];
const a46 = [u125, u126];
const a47 = [u127, u128];
const a48 = [u129, u130];
const a49 = [u131, u132];
const a50 = [u133, u134];
const a51 = [u135, u136];
const a52 = [u137, u138];
const a53 = [u139, u140];
const a54 = [u141, u142];
const a55 = [u143, u144];
const a56 = [u145, u146];
const a57 = [u147, u148];
const a58 = [u149, u150];
const a59 = [u151, u152];
const a60 = [u153, u154];
const a61 = [u155, u156];
const a62 = [u157, u158];
const a63 = [u159, u160];
const a64 = [u161, u162];
const a65 = [u163, u164];

function u0(v, c) {
  return checkPaymentIntentPaymentMethodOptionsAcssDebit(v, c);
}

function u1(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u2(v, c) {
  return anyOf(c, a0, n0, v);
}

function u3(v, c) {
  return checkPaymentMethodOptionsAffirm(v, c);
}

function u4(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u5(v, c) {
  return anyOf(c, a1, n1, v);
}

function u6(v, c) {
  return checkPaymentMethodOptionsAfterpayClearpay(v, c);
}

function u7(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u8(v, c) {
  return anyOf(c, a2, n2, v);
}

function u9(v, c) {
  return checkPaymentMethodOptionsAlipay(v, c);
}

function u10(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u11(v, c) {
  return anyOf(c, a3, n3, v);
}

function u12(v, c) {
  return checkPaymentIntentPaymentMethodOptionsAuBecsDebit(v, c);
}

function u13(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u14(v, c) {
  return anyOf(c, a4, n4, v);
}

function u15(v, c) {
  return checkPaymentMethodOptionsBacsDebit(v, c);
}

function u16(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u17(v, c) {
  return anyOf(c, a5, n5, v);
}

function u18(v, c) {
  return checkPaymentMethodOptionsBancontact(v, c);
}

function u19(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u20(v, c) {
  return anyOf(c, a6, n6, v);
}

function u21(v, c) {
  return checkPaymentIntentPaymentMethodOptionsBlik(v, c);
}

function u22(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u23(v, c) {
  return anyOf(c, a7, n7, v);
}

function u24(v, c) {
  return checkPaymentMethodOptionsBoleto(v, c);
}

function u25(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u26(v, c) {
  return anyOf(c, a8, n8, v);
}

function u27(v, c) {
  return checkPaymentIntentPaymentMethodOptionsCard(v, c);
}

function u28(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u29(v, c) {
  return anyOf(c, a9, n9, v);
}

function u30(v, c) {
  return checkPaymentMethodOptionsCardPresent(v, c);
}

function u31(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u32(v, c) {
  return anyOf(c, a10, n10, v);
}

function u33(v, c) {
  return checkPaymentMethodOptionsCashapp(v, c);
}

function u34(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u35(v, c) {
  return anyOf(c, a11, n11, v);
}

function u36(v, c) {
  return checkPaymentMethodOptionsCustomerBalance(v, c);
}

function u37(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u38(v, c) {
  return anyOf(c, a12, n12, v);
}

function u39(v, c) {
  return checkPaymentIntentPaymentMethodOptionsEps(v, c);
}

function u40(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u41(v, c) {
  return anyOf(c, a13, n13, v);
}

function u42(v, c) {
  return checkPaymentMethodOptionsFpx(v, c);
}

function u43(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u44(v, c) {
  return anyOf(c, a14, n14, v);
}

function u45(v, c) {
  return checkPaymentMethodOptionsGiropay(v, c);
}

function u46(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u47(v, c) {
  return anyOf(c, a15, n15, v);
}

function u48(v, c) {
  return checkPaymentMethodOptionsGrabpay(v, c);
}

function u49(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u50(v, c) {
  return anyOf(c, a16, n16, v);
}

function u51(v, c) {
  return checkPaymentMethodOptionsIdeal(v, c);
}

function u52(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u53(v, c) {
  return anyOf(c, a17, n17, v);
}

function u54(v, c) {
  return checkPaymentMethodOptionsInteracPresent(v, c);
}

function u55(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u56(v, c) {
  return anyOf(c, a18, n18, v);
}

function u57(v, c) {
  return checkPaymentMethodOptionsKlarna(v, c);
}

function u58(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u59(v, c) {
  return anyOf(c, a19, n19, v);
}

function u60(v, c) {
  return checkPaymentMethodOptionsKonbini(v, c);
}

function u61(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u62(v, c) {
  return anyOf(c, a20, n20, v);
}

function u63(v, c) {
  return checkPaymentIntentPaymentMethodOptionsLink(v, c);
}

function u64(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u65(v, c) {
  return anyOf(c, a21, n21, v);
}

function u66(v, c) {
  return checkPaymentMethodOptionsOxxo(v, c);
}

function u67(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u68(v, c) {
  return anyOf(c, a22, n22, v);
}

function u69(v, c) {
  return checkPaymentMethodOptionsP24(v, c);
}

function u70(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u71(v, c) {
  return anyOf(c, a23, n23, v);
}

function u72(v, c) {
  return checkPaymentMethodOptionsPaynow(v, c);
}

function u73(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u74(v, c) {
  return anyOf(c, a24, n24, v);
}

function u75(v, c) {
  return checkPaymentMethodOptionsPaypal(v, c);
}

function u76(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u77(v, c) {
  return anyOf(c, a25, n25, v);
}

function u78(v, c) {
  return checkPaymentMethodOptionsPix(v, c);
}

function u79(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u80(v, c) {
  return anyOf(c, a26, n26, v);
}

function u81(v, c) {
  return checkPaymentMethodOptionsPromptpay(v, c);
}

function u82(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u83(v, c) {
  return anyOf(c, a27, n27, v);
}

function u84(v, c) {
  return checkPaymentIntentPaymentMethodOptionsSepaDebit(v, c);
}

function u85(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u86(v, c) {
  return anyOf(c, a28, n28, v);
}

function u87(v, c) {
  return checkPaymentMethodOptionsSofort(v, c);
}

function u88(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u89(v, c) {
  return anyOf(c, a29, n29, v);
}

function u90(v, c) {
  return checkPaymentIntentPaymentMethodOptionsUsBankAccount(v, c);
}

function u91(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u92(v, c) {
  return anyOf(c, a30, n30, v);
}

function u93(v, c) {
  return checkPaymentMethodOptionsWechatPay(v, c);
}

function u94(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u95(v, c) {
  return anyOf(c, a31, n31, v);
}

function u96(v, c) {
  return checkPaymentMethodOptionsZip(v, c);
}

function u97(v, c) {
  return checkPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u98(v, c) {
  return anyOf(c, a32, n32, v);
}

function u99(v, c) {
  return testPaymentIntentPaymentMethodOptionsAcssDebit(v, c);
}

function u100(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u101(v, c) {
  return testPaymentMethodOptionsAffirm(v, c);
}

function u102(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u103(v, c) {
  return testPaymentMethodOptionsAfterpayClearpay(v, c);
}

function u104(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u105(v, c) {
  return testPaymentMethodOptionsAlipay(v, c);
}

function u106(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u107(v, c) {
  return testPaymentIntentPaymentMethodOptionsAuBecsDebit(v, c);
}

function u108(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u109(v, c) {
  return testPaymentMethodOptionsBacsDebit(v, c);
}

function u110(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u111(v, c) {
  return testPaymentMethodOptionsBancontact(v, c);
}

function u112(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u113(v, c) {
  return testPaymentIntentPaymentMethodOptionsBlik(v, c);
}

function u114(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u115(v, c) {
  return testPaymentMethodOptionsBoleto(v, c);
}

function u116(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u117(v, c) {
  return testPaymentIntentPaymentMethodOptionsCard(v, c);
}

function u118(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u119(v, c) {
  return testPaymentMethodOptionsCardPresent(v, c);
}

function u120(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u121(v, c) {
  return testPaymentMethodOptionsCashapp(v, c);
}

function u122(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u123(v, c) {
  return testPaymentMethodOptionsCustomerBalance(v, c);
}

function u124(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u125(v, c) {
  return testPaymentIntentPaymentMethodOptionsEps(v, c);
}

function u126(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u127(v, c) {
  return testPaymentMethodOptionsFpx(v, c);
}

function u128(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u129(v, c) {
  return testPaymentMethodOptionsGiropay(v, c);
}

function u130(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u131(v, c) {
  return testPaymentMethodOptionsGrabpay(v, c);
}

function u132(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u133(v, c) {
  return testPaymentMethodOptionsIdeal(v, c);
}

function u134(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u135(v, c) {
  return testPaymentMethodOptionsInteracPresent(v, c);
}

function u136(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u137(v, c) {
  return testPaymentMethodOptionsKlarna(v, c);
}

function u138(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u139(v, c) {
  return testPaymentMethodOptionsKonbini(v, c);
}

function u140(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u141(v, c) {
  return testPaymentIntentPaymentMethodOptionsLink(v, c);
}

function u142(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u143(v, c) {
  return testPaymentMethodOptionsOxxo(v, c);
}

function u144(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u145(v, c) {
  return testPaymentMethodOptionsP24(v, c);
}

function u146(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u147(v, c) {
  return testPaymentMethodOptionsPaynow(v, c);
}

function u148(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u149(v, c) {
  return testPaymentMethodOptionsPaypal(v, c);
}

function u150(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u151(v, c) {
  return testPaymentMethodOptionsPix(v, c);
}

function u152(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u153(v, c) {
  return testPaymentMethodOptionsPromptpay(v, c);
}

function u154(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u155(v, c) {
  return testPaymentIntentPaymentMethodOptionsSepaDebit(v, c);
}

function u156(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u157(v, c) {
  return testPaymentMethodOptionsSofort(v, c);
}

function u158(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u159(v, c) {
  return testPaymentIntentPaymentMethodOptionsUsBankAccount(v, c);
}

function u160(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u161(v, c) {
  return testPaymentMethodOptionsWechatPay(v, c);
}

function u162(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u163(v, c) {
  return testPaymentMethodOptionsZip(v, c);
}

function u164(v, c) {
  return testPaymentIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.acss_debit;
  if (v0 !== undefined) {
    ok = into(c, u2, v0, ok, "acss_debit");
  }
  const v1 = v.affirm;
  if (v1 !== undefined) {
    ok = into(c, u5, v1, ok, "affirm");
  }
  const v2 = v.afterpay_clearpay;
  if (v2 !== undefined) {
    ok = into(c, u8, v2, ok, "afterpay_clearpay");
  }
  const v3 = v.alipay;
  if (v3 !== undefined) {
    ok = into(c, u11, v3, ok, "alipay");
  }
  const v4 = v.au_becs_debit;
  if (v4 !== undefined) {
    ok = into(c, u14, v4, ok, "au_becs_debit");
  }
  const v5 = v.bacs_debit;
  if (v5 !== undefined) {
    ok = into(c, u17, v5, ok, "bacs_debit");
  }
  const v6 = v.bancontact;
  if (v6 !== undefined) {
    ok = into(c, u20, v6, ok, "bancontact");
  }
  const v7 = v.blik;
  if (v7 !== undefined) {
    ok = into(c, u23, v7, ok, "blik");
  }
  const v8 = v.boleto;
  if (v8 !== undefined) {
    ok = into(c, u26, v8, ok, "boleto");
  }
  const v9 = v.card;
  if (v9 !== undefined) {
    ok = into(c, u29, v9, ok, "card");
  }
  const v10 = v.card_present;
  if (v10 !== undefined) {
    ok = into(c, u32, v10, ok, "card_present");
  }
  const v11 = v.cashapp;
  if (v11 !== undefined) {
    ok = into(c, u35, v11, ok, "cashapp");
  }
  const v12 = v.customer_balance;
  if (v12 !== undefined) {
    ok = into(c, u38, v12, ok, "customer_balance");
  }
  const v13 = v.eps;
  if (v13 !== undefined) {
    ok = into(c, u41, v13, ok, "eps");
  }
  const v14 = v.fpx;
  if (v14 !== undefined) {
    ok = into(c, u44, v14, ok, "fpx");
  }
  const v15 = v.giropay;
  if (v15 !== undefined) {
    ok = into(c, u47, v15, ok, "giropay");
  }
  const v16 = v.grabpay;
  if (v16 !== undefined) {
    ok = into(c, u50, v16, ok, "grabpay");
  }
  const v17 = v.ideal;
  if (v17 !== undefined) {
    ok = into(c, u53, v17, ok, "ideal");
  }
  const v18 = v.interac_present;
  if (v18 !== undefined) {
    ok = into(c, u56, v18, ok, "interac_present");
  }
  const v19 = v.klarna;
  if (v19 !== undefined) {
    ok = into(c, u59, v19, ok, "klarna");
  }
  const v20 = v.konbini;
  if (v20 !== undefined) {
    ok = into(c, u62, v20, ok, "konbini");
  }
  const v21 = v.link;
  if (v21 !== undefined) {
    ok = into(c, u65, v21, ok, "link");
  }
  const v22 = v.oxxo;
  if (v22 !== undefined) {
    ok = into(c, u68, v22, ok, "oxxo");
  }
  const v23 = v.p24;
  if (v23 !== undefined) {
    ok = into(c, u71, v23, ok, "p24");
  }
  const v24 = v.paynow;
  if (v24 !== undefined) {
    ok = into(c, u74, v24, ok, "paynow");
  }
  const v25 = v.paypal;
  if (v25 !== undefined) {
    ok = into(c, u77, v25, ok, "paypal");
  }
  const v26 = v.pix;
  if (v26 !== undefined) {
    ok = into(c, u80, v26, ok, "pix");
  }
  const v27 = v.promptpay;
  if (v27 !== undefined) {
    ok = into(c, u83, v27, ok, "promptpay");
  }
  const v28 = v.sepa_debit;
  if (v28 !== undefined) {
    ok = into(c, u86, v28, ok, "sepa_debit");
  }
  const v29 = v.sofort;
  if (v29 !== undefined) {
    ok = into(c, u89, v29, ok, "sofort");
  }
  const v30 = v.us_bank_account;
  if (v30 !== undefined) {
    ok = into(c, u92, v30, ok, "us_bank_account");
  }
  const v31 = v.wechat_pay;
  if (v31 !== undefined) {
    ok = into(c, u95, v31, ok, "wechat_pay");
  }
  const v32 = v.zip;
  if (v32 !== undefined) {
    ok = into(c, u98, v32, ok, "zip");
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
    if (!anyOfTest(c, a33, v0)) return false;
  }
  const v1 = v.affirm;
  if (v1 !== undefined) {
    if (!anyOfTest(c, a34, v1)) return false;
  }
  const v2 = v.afterpay_clearpay;
  if (v2 !== undefined) {
    if (!anyOfTest(c, a35, v2)) return false;
  }
  const v3 = v.alipay;
  if (v3 !== undefined) {
    if (!anyOfTest(c, a36, v3)) return false;
  }
  const v4 = v.au_becs_debit;
  if (v4 !== undefined) {
    if (!anyOfTest(c, a37, v4)) return false;
  }
  const v5 = v.bacs_debit;
  if (v5 !== undefined) {
    if (!anyOfTest(c, a38, v5)) return false;
  }
  const v6 = v.bancontact;
  if (v6 !== undefined) {
    if (!anyOfTest(c, a39, v6)) return false;
  }
  const v7 = v.blik;
  if (v7 !== undefined) {
    if (!anyOfTest(c, a40, v7)) return false;
  }
  const v8 = v.boleto;
  if (v8 !== undefined) {
    if (!anyOfTest(c, a41, v8)) return false;
  }
  const v9 = v.card;
  if (v9 !== undefined) {
    if (!anyOfTest(c, a42, v9)) return false;
  }
  const v10 = v.card_present;
  if (v10 !== undefined) {
    if (!anyOfTest(c, a43, v10)) return false;
  }
  const v11 = v.cashapp;
  if (v11 !== undefined) {
    if (!anyOfTest(c, a44, v11)) return false;
  }
  const v12 = v.customer_balance;
  if (v12 !== undefined) {
    if (!anyOfTest(c, a45, v12)) return false;
  }
  const v13 = v.eps;
  if (v13 !== undefined) {
    if (!anyOfTest(c, a46, v13)) return false;
  }
  const v14 = v.fpx;
  if (v14 !== undefined) {
    if (!anyOfTest(c, a47, v14)) return false;
  }
  const v15 = v.giropay;
  if (v15 !== undefined) {
    if (!anyOfTest(c, a48, v15)) return false;
  }
  const v16 = v.grabpay;
  if (v16 !== undefined) {
    if (!anyOfTest(c, a49, v16)) return false;
  }
  const v17 = v.ideal;
  if (v17 !== undefined) {
    if (!anyOfTest(c, a50, v17)) return false;
  }
  const v18 = v.interac_present;
  if (v18 !== undefined) {
    if (!anyOfTest(c, a51, v18)) return false;
  }
  const v19 = v.klarna;
  if (v19 !== undefined) {
    if (!anyOfTest(c, a52, v19)) return false;
  }
  const v20 = v.konbini;
  if (v20 !== undefined) {
    if (!anyOfTest(c, a53, v20)) return false;
  }
  const v21 = v.link;
  if (v21 !== undefined) {
    if (!anyOfTest(c, a54, v21)) return false;
  }
  const v22 = v.oxxo;
  if (v22 !== undefined) {
    if (!anyOfTest(c, a55, v22)) return false;
  }
  const v23 = v.p24;
  if (v23 !== undefined) {
    if (!anyOfTest(c, a56, v23)) return false;
  }
  const v24 = v.paynow;
  if (v24 !== undefined) {
    if (!anyOfTest(c, a57, v24)) return false;
  }
  const v25 = v.paypal;
  if (v25 !== undefined) {
    if (!anyOfTest(c, a58, v25)) return false;
  }
  const v26 = v.pix;
  if (v26 !== undefined) {
    if (!anyOfTest(c, a59, v26)) return false;
  }
  const v27 = v.promptpay;
  if (v27 !== undefined) {
    if (!anyOfTest(c, a60, v27)) return false;
  }
  const v28 = v.sepa_debit;
  if (v28 !== undefined) {
    if (!anyOfTest(c, a61, v28)) return false;
  }
  const v29 = v.sofort;
  if (v29 !== undefined) {
    if (!anyOfTest(c, a62, v29)) return false;
  }
  const v30 = v.us_bank_account;
  if (v30 !== undefined) {
    if (!anyOfTest(c, a63, v30)) return false;
  }
  const v31 = v.wechat_pay;
  if (v31 !== undefined) {
    if (!anyOfTest(c, a64, v31)) return false;
  }
  const v32 = v.zip;
  if (v32 !== undefined) {
    if (!anyOfTest(c, a65, v32)) return false;
  }
  c.depth--;
  return true;
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
  schema as PaymentIntentPaymentMethodOptions,
  validateInput as validatePaymentIntentPaymentMethodOptions,
  isValid as isPaymentIntentPaymentMethodOptions,
  check as checkPaymentIntentPaymentMethodOptions,
  test as testPaymentIntentPaymentMethodOptions,
};
