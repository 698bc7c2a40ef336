import {
  deeper,
  enter,
  entry,
  into,
  isInt,
  isObject,
  longFail,
  missing,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import {
  bool,
  int,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  BillingDetails,
  checkBillingDetails,
  testBillingDetails,
} from "./billing_details.js";
import { Customer, checkCustomer, testCustomer } from "./customer.js";
import {
  PaymentFlowsPrivatePaymentMethodsAlipay,
  checkPaymentFlowsPrivatePaymentMethodsAlipay,
  testPaymentFlowsPrivatePaymentMethodsAlipay,
} from "./payment_flows_private_payment_methods_alipay.js";
import {
  PaymentMethodAcssDebit,
  checkPaymentMethodAcssDebit,
  testPaymentMethodAcssDebit,
} from "./payment_method_acss_debit.js";
import {
  PaymentMethodAffirm,
  checkPaymentMethodAffirm,
  testPaymentMethodAffirm,
} from "./payment_method_affirm.js";
import {
  PaymentMethodAfterpayClearpay,
  checkPaymentMethodAfterpayClearpay,
  testPaymentMethodAfterpayClearpay,
} from "./payment_method_afterpay_clearpay.js";
import {
  PaymentMethodAuBecsDebit,
  checkPaymentMethodAuBecsDebit,
  testPaymentMethodAuBecsDebit,
} from "./payment_method_au_becs_debit.js";
import {
  PaymentMethodBacsDebit,
  checkPaymentMethodBacsDebit,
  testPaymentMethodBacsDebit,
} from "./payment_method_bacs_debit.js";
import {
  PaymentMethodBancontact,
  checkPaymentMethodBancontact,
  testPaymentMethodBancontact,
} from "./payment_method_bancontact.js";
import {
  PaymentMethodBlik,
  checkPaymentMethodBlik,
  testPaymentMethodBlik,
} from "./payment_method_blik.js";
import {
  PaymentMethodBoleto,
  checkPaymentMethodBoleto,
  testPaymentMethodBoleto,
} from "./payment_method_boleto.js";
import {
  PaymentMethodCard,
  checkPaymentMethodCard,
  testPaymentMethodCard,
} from "./payment_method_card.js";
import {
  PaymentMethodCardPresent,
  checkPaymentMethodCardPresent,
  testPaymentMethodCardPresent,
} from "./payment_method_card_present.js";
import {
  PaymentMethodCashapp,
  checkPaymentMethodCashapp,
  testPaymentMethodCashapp,
} from "./payment_method_cashapp.js";
import {
  PaymentMethodCustomerBalance,
  checkPaymentMethodCustomerBalance,
  testPaymentMethodCustomerBalance,
} from "./payment_method_customer_balance.js";
import {
  PaymentMethodEps,
  checkPaymentMethodEps,
  testPaymentMethodEps,
} from "./payment_method_eps.js";
import {
  PaymentMethodFpx,
  checkPaymentMethodFpx,
  testPaymentMethodFpx,
} from "./payment_method_fpx.js";
import {
  PaymentMethodGiropay,
  checkPaymentMethodGiropay,
  testPaymentMethodGiropay,
} from "./payment_method_giropay.js";
import {
  PaymentMethodGrabpay,
  checkPaymentMethodGrabpay,
  testPaymentMethodGrabpay,
} from "./payment_method_grabpay.js";
import {
  PaymentMethodIdeal,
  checkPaymentMethodIdeal,
  testPaymentMethodIdeal,
} from "./payment_method_ideal.js";
import {
  PaymentMethodInteracPresent,
  checkPaymentMethodInteracPresent,
  testPaymentMethodInteracPresent,
} from "./payment_method_interac_present.js";
import {
  PaymentMethodKlarna,
  checkPaymentMethodKlarna,
  testPaymentMethodKlarna,
} from "./payment_method_klarna.js";
import {
  PaymentMethodKonbini,
  checkPaymentMethodKonbini,
  testPaymentMethodKonbini,
} from "./payment_method_konbini.js";
import {
  PaymentMethodLink,
  checkPaymentMethodLink,
  testPaymentMethodLink,
} from "./payment_method_link.js";
import {
  PaymentMethodOxxo,
  checkPaymentMethodOxxo,
  testPaymentMethodOxxo,
} from "./payment_method_oxxo.js";
import {
  PaymentMethodP24,
  checkPaymentMethodP24,
  testPaymentMethodP24,
} from "./payment_method_p24.js";
import {
  PaymentMethodPaynow,
  checkPaymentMethodPaynow,
  testPaymentMethodPaynow,
} from "./payment_method_paynow.js";
import {
  PaymentMethodPaypal,
  checkPaymentMethodPaypal,
  testPaymentMethodPaypal,
} from "./payment_method_paypal.js";
import {
  PaymentMethodPix,
  checkPaymentMethodPix,
  testPaymentMethodPix,
} from "./payment_method_pix.js";
import {
  PaymentMethodPromptpay,
  checkPaymentMethodPromptpay,
  testPaymentMethodPromptpay,
} from "./payment_method_promptpay.js";
import {
  PaymentMethodSepaDebit,
  checkPaymentMethodSepaDebit,
  testPaymentMethodSepaDebit,
} from "./payment_method_sepa_debit.js";
import {
  PaymentMethodSofort,
  checkPaymentMethodSofort,
  testPaymentMethodSofort,
} from "./payment_method_sofort.js";
import {
  PaymentMethodUsBankAccount,
  checkPaymentMethodUsBankAccount,
  testPaymentMethodUsBankAccount,
} from "./payment_method_us_bank_account.js";
import {
  PaymentMethodWechatPay,
  checkPaymentMethodWechatPay,
  testPaymentMethodWechatPay,
} from "./payment_method_wechat_pay.js";
import {
  PaymentMethodZip,
  checkPaymentMethodZip,
  testPaymentMethodZip,
} from "./payment_method_zip.js";
import {
  RadarRadarOptions,
  checkRadarRadarOptions,
  testRadarRadarOptions,
} from "./radar_radar_options.js";

const e0 = /* @__PURE__ */ set(["payment_method"]);
const k1 = /* @__PURE__ */ set([
  "acss_debit",
  "affirm",
  "afterpay_clearpay",
  "alipay",
  "au_becs_debit",
  "bacs_debit",
  "bancontact",
  "billing_details",
  "blik",
  "boleto",
  "card",
  "card_present",
  "cashapp",
  "created",
  "customer",
  "customer_balance",
  "eps",
  "fpx",
  "giropay",
  "grabpay",
  "id",
  "ideal",
  "interac_present",
  "klarna",
  "konbini",
  "link",
  "livemode",
  "metadata",
  "object",
  "oxxo",
  "p24",
  "paynow",
  "paypal",
  "pix",
  "promptpay",
  "radar_options",
  "sepa_debit",
  "sofort",
  "type",
  "us_bank_account",
  "wechat_pay",
  "zip",
]);
const e1 = /* @__PURE__ */ set([
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

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.acss_debit;
  if (v0 !== undefined) {
    ok = into(c, checkPaymentMethodAcssDebit, v0, ok, "acss_debit");
  }
  const v1 = v.affirm;
  if (v1 !== undefined) {
    ok = into(c, checkPaymentMethodAffirm, v1, ok, "affirm");
  }
  const v2 = v.afterpay_clearpay;
  if (v2 !== undefined) {
    ok = into(
      c,
      checkPaymentMethodAfterpayClearpay,
      v2,
      ok,
      "afterpay_clearpay",
    );
  }
  const v3 = v.alipay;
  if (v3 !== undefined) {
    ok = into(
      c,
      checkPaymentFlowsPrivatePaymentMethodsAlipay,
      v3,
      ok,
      "alipay",
    );
  }
  const v4 = v.au_becs_debit;
  if (v4 !== undefined) {
    ok = into(c, checkPaymentMethodAuBecsDebit, v4, ok, "au_becs_debit");
  }
  const v5 = v.bacs_debit;
  if (v5 !== undefined) {
    ok = into(c, checkPaymentMethodBacsDebit, v5, ok, "bacs_debit");
  }
  const v6 = v.bancontact;
  if (v6 !== undefined) {
    ok = into(c, checkPaymentMethodBancontact, v6, ok, "bancontact");
  }
  const v7 = v.billing_details;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["billing_details"], v7, ok);
  } else {
    ok = into(c, checkBillingDetails, v7, ok, "billing_details");
  }
  const v8 = v.blik;
  if (v8 !== undefined) {
    ok = into(c, checkPaymentMethodBlik, v8, ok, "blik");
  }
  const v9 = v.boleto;
  if (v9 !== undefined) {
    ok = into(c, checkPaymentMethodBoleto, v9, ok, "boleto");
  }
  const v10 = v.card;
  if (v10 !== undefined) {
    ok = into(c, checkPaymentMethodCard, v10, ok, "card");
  }
  const v11 = v.card_present;
  if (v11 !== undefined) {
    ok = into(c, checkPaymentMethodCardPresent, v11, ok, "card_present");
  }
  const v12 = v.cashapp;
  if (v12 !== undefined) {
    ok = into(c, checkPaymentMethodCashapp, v12, ok, "cashapp");
  }
  const v13 = v.created;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["created"], v13, ok);
  } else {
    if (!isInt(v13)) {
      ok = wrongType(c, ["created"], "integer", v13);
    }
  }
  const v14 = v.customer;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 === "string") {
      if (v14.length > 5000 && tooLong(v14, 5000)) {
        ok = longFail(c, ["customer"], 5000, v14);
      }
    } else if (isObject(v14)) {
      ok = into(c, checkCustomer, v14, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v14);
    }
  }
  const v15 = v.customer_balance;
  if (v15 !== undefined) {
    ok = into(
      c,
      checkPaymentMethodCustomerBalance,
      v15,
      ok,
      "customer_balance",
    );
  }
  const v16 = v.eps;
  if (v16 !== undefined) {
    ok = into(c, checkPaymentMethodEps, v16, ok, "eps");
  }
  const v17 = v.fpx;
  if (v17 !== undefined) {
    ok = into(c, checkPaymentMethodFpx, v17, ok, "fpx");
  }
  const v18 = v.giropay;
  if (v18 !== undefined) {
    ok = into(c, checkPaymentMethodGiropay, v18, ok, "giropay");
  }
  const v19 = v.grabpay;
  if (v19 !== undefined) {
    ok = into(c, checkPaymentMethodGrabpay, v19, ok, "grabpay");
  }
  const v20 = v.id;
  if (v20 === undefined || v20 === null) {
    ok = missing(c, ["id"], v20, ok);
  } else {
    if (typeof v20 !== "string") {
      ok = wrongType(c, ["id"], "string", v20);
    } else if (v20.length > 5000 && tooLong(v20, 5000)) {
      ok = longFail(c, ["id"], 5000, v20);
    }
  }
  const v21 = v.ideal;
  if (v21 !== undefined) {
    ok = into(c, checkPaymentMethodIdeal, v21, ok, "ideal");
  }
  const v22 = v.interac_present;
  if (v22 !== undefined) {
    ok = into(c, checkPaymentMethodInteracPresent, v22, ok, "interac_present");
  }
  const v23 = v.klarna;
  if (v23 !== undefined) {
    ok = into(c, checkPaymentMethodKlarna, v23, ok, "klarna");
  }
  const v24 = v.konbini;
  if (v24 !== undefined) {
    ok = into(c, checkPaymentMethodKonbini, v24, ok, "konbini");
  }
  const v25 = v.link;
  if (v25 !== undefined) {
    ok = into(c, checkPaymentMethodLink, v25, ok, "link");
  }
  const v26 = v.livemode;
  if (v26 === undefined || v26 === null) {
    ok = missing(c, ["livemode"], v26, ok);
  } else {
    if (typeof v26 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v26);
    }
  }
  const v27 = v.metadata;
  if (v27 !== undefined && v27 !== null) {
    if (!isObject(v27)) {
      ok = wrongType(c, ["metadata"], "object", v27);
    } else {
      for (const k0 of Object.keys(v27)) {
        const v28 = entry(v27, k0);
        if (typeof v28 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v28);
        } else if (v28.length > 500 && tooLong(v28, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v28);
        }
      }
    }
  }
  const v29 = v.object;
  if (v29 === undefined || v29 === null) {
    ok = missing(c, ["object"], v29, ok);
  } else {
    if (!e0.has(v29)) {
      ok = notInEnum(c, ["object"], e0, v29, ok);
    }
  }
  const v30 = v.oxxo;
  if (v30 !== undefined) {
    ok = into(c, checkPaymentMethodOxxo, v30, ok, "oxxo");
  }
  const v31 = v.p24;
  if (v31 !== undefined) {
    ok = into(c, checkPaymentMethodP24, v31, ok, "p24");
  }
  const v32 = v.paynow;
  if (v32 !== undefined) {
    ok = into(c, checkPaymentMethodPaynow, v32, ok, "paynow");
  }
  const v33 = v.paypal;
  if (v33 !== undefined) {
    ok = into(c, checkPaymentMethodPaypal, v33, ok, "paypal");
  }
  const v34 = v.pix;
  if (v34 !== undefined) {
    ok = into(c, checkPaymentMethodPix, v34, ok, "pix");
  }
  const v35 = v.promptpay;
  if (v35 !== undefined) {
    ok = into(c, checkPaymentMethodPromptpay, v35, ok, "promptpay");
  }
  const v36 = v.radar_options;
  if (v36 !== undefined) {
    ok = into(c, checkRadarRadarOptions, v36, ok, "radar_options");
  }
  const v37 = v.sepa_debit;
  if (v37 !== undefined) {
    ok = into(c, checkPaymentMethodSepaDebit, v37, ok, "sepa_debit");
  }
  const v38 = v.sofort;
  if (v38 !== undefined) {
    ok = into(c, checkPaymentMethodSofort, v38, ok, "sofort");
  }
  const v39 = v.type;
  if (v39 === undefined || v39 === null) {
    ok = missing(c, ["type"], v39, ok);
  } else {
    if (typeof v39 !== "string") {
      ok = wrongType(c, ["type"], "string", v39);
    }
  }
  const v40 = v.us_bank_account;
  if (v40 !== undefined) {
    ok = into(c, checkPaymentMethodUsBankAccount, v40, ok, "us_bank_account");
  }
  const v41 = v.wechat_pay;
  if (v41 !== undefined) {
    ok = into(c, checkPaymentMethodWechatPay, v41, ok, "wechat_pay");
  }
  const v42 = v.zip;
  if (v42 !== undefined) {
    ok = into(c, checkPaymentMethodZip, v42, ok, "zip");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.acss_debit;
  if (v0 !== undefined) {
    if (!testPaymentMethodAcssDebit(v0, c)) return false;
  }
  const v1 = v.affirm;
  if (v1 !== undefined) {
    if (!testPaymentMethodAffirm(v1, c)) return false;
  }
  const v2 = v.afterpay_clearpay;
  if (v2 !== undefined) {
    if (!testPaymentMethodAfterpayClearpay(v2, c)) return false;
  }
  const v3 = v.alipay;
  if (v3 !== undefined) {
    if (!testPaymentFlowsPrivatePaymentMethodsAlipay(v3, c)) return false;
  }
  const v4 = v.au_becs_debit;
  if (v4 !== undefined) {
    if (!testPaymentMethodAuBecsDebit(v4, c)) return false;
  }
  const v5 = v.bacs_debit;
  if (v5 !== undefined) {
    if (!testPaymentMethodBacsDebit(v5, c)) return false;
  }
  const v6 = v.bancontact;
  if (v6 !== undefined) {
    if (!testPaymentMethodBancontact(v6, c)) return false;
  }
  const v7 = v.billing_details;
  if (!testBillingDetails(v7, c)) return false;
  const v8 = v.blik;
  if (v8 !== undefined) {
    if (!testPaymentMethodBlik(v8, c)) return false;
  }
  const v9 = v.boleto;
  if (v9 !== undefined) {
    if (!testPaymentMethodBoleto(v9, c)) return false;
  }
  const v10 = v.card;
  if (v10 !== undefined) {
    if (!testPaymentMethodCard(v10, c)) return false;
  }
  const v11 = v.card_present;
  if (v11 !== undefined) {
    if (!testPaymentMethodCardPresent(v11, c)) return false;
  }
  const v12 = v.cashapp;
  if (v12 !== undefined) {
    if (!testPaymentMethodCashapp(v12, c)) return false;
  }
  const v13 = v.created;
  if (!isInt(v13)) return false;
  const v14 = v.customer;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 === "string") {
      if (v14.length > 5000 && tooLong(v14, 5000)) return false;
    } else if (isObject(v14)) {
      if (!testCustomer(v14, c)) return false;
    } else {
      return false;
    }
  }
  const v15 = v.customer_balance;
  if (v15 !== undefined) {
    if (!testPaymentMethodCustomerBalance(v15, c)) return false;
  }
  const v16 = v.eps;
  if (v16 !== undefined) {
    if (!testPaymentMethodEps(v16, c)) return false;
  }
  const v17 = v.fpx;
  if (v17 !== undefined) {
    if (!testPaymentMethodFpx(v17, c)) return false;
  }
  const v18 = v.giropay;
  if (v18 !== undefined) {
    if (!testPaymentMethodGiropay(v18, c)) return false;
  }
  const v19 = v.grabpay;
  if (v19 !== undefined) {
    if (!testPaymentMethodGrabpay(v19, c)) return false;
  }
  const v20 = v.id;
  if (typeof v20 !== "string") return false;
  if (v20.length > 5000 && tooLong(v20, 5000)) return false;
  const v21 = v.ideal;
  if (v21 !== undefined) {
    if (!testPaymentMethodIdeal(v21, c)) return false;
  }
  const v22 = v.interac_present;
  if (v22 !== undefined) {
    if (!testPaymentMethodInteracPresent(v22, c)) return false;
  }
  const v23 = v.klarna;
  if (v23 !== undefined) {
    if (!testPaymentMethodKlarna(v23, c)) return false;
  }
  const v24 = v.konbini;
  if (v24 !== undefined) {
    if (!testPaymentMethodKonbini(v24, c)) return false;
  }
  const v25 = v.link;
  if (v25 !== undefined) {
    if (!testPaymentMethodLink(v25, c)) return false;
  }
  const v26 = v.livemode;
  if (typeof v26 !== "boolean") return false;
  const v27 = v.metadata;
  if (v27 !== undefined && v27 !== null) {
    if (!isObject(v27)) return false;
    for (const k2 of Object.keys(v27)) {
      const v28 = entry(v27, k2);
      if (typeof v28 !== "string") return false;
      if (v28.length > 500 && tooLong(v28, 500)) return false;
    }
  }
  const v29 = v.object;
  if (v29 !== "payment_method") return false;
  const v30 = v.oxxo;
  if (v30 !== undefined) {
    if (!testPaymentMethodOxxo(v30, c)) return false;
  }
  const v31 = v.p24;
  if (v31 !== undefined) {
    if (!testPaymentMethodP24(v31, c)) return false;
  }
  const v32 = v.paynow;
  if (v32 !== undefined) {
    if (!testPaymentMethodPaynow(v32, c)) return false;
  }
  const v33 = v.paypal;
  if (v33 !== undefined) {
    if (!testPaymentMethodPaypal(v33, c)) return false;
  }
  const v34 = v.pix;
  if (v34 !== undefined) {
    if (!testPaymentMethodPix(v34, c)) return false;
  }
  const v35 = v.promptpay;
  if (v35 !== undefined) {
    if (!testPaymentMethodPromptpay(v35, c)) return false;
  }
  const v36 = v.radar_options;
  if (v36 !== undefined) {
    if (!testRadarRadarOptions(v36, c)) return false;
  }
  const v37 = v.sepa_debit;
  if (v37 !== undefined) {
    if (!testPaymentMethodSepaDebit(v37, c)) return false;
  }
  const v38 = v.sofort;
  if (v38 !== undefined) {
    if (!testPaymentMethodSofort(v38, c)) return false;
  }
  const v39 = v.type;
  if (typeof v39 !== "string") return false;
  const v40 = v.us_bank_account;
  if (v40 !== undefined) {
    if (!testPaymentMethodUsBankAccount(v40, c)) return false;
  }
  const v41 = v.wechat_pay;
  if (v41 !== undefined) {
    if (!testPaymentMethodWechatPay(v41, c)) return false;
  }
  const v42 = v.zip;
  if (v42 !== undefined) {
    if (!testPaymentMethodZip(v42, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    acss_debit: opt(ref(PaymentMethodAcssDebit)),
    affirm: opt(ref(PaymentMethodAffirm)),
    afterpay_clearpay: opt(ref(PaymentMethodAfterpayClearpay)),
    alipay: opt(ref(PaymentFlowsPrivatePaymentMethodsAlipay)),
    au_becs_debit: opt(ref(PaymentMethodAuBecsDebit)),
    bacs_debit: opt(ref(PaymentMethodBacsDebit)),
    bancontact: opt(ref(PaymentMethodBancontact)),
    billing_details: req(ref(BillingDetails)),
    blik: opt(ref(PaymentMethodBlik)),
    boleto: opt(ref(PaymentMethodBoleto)),
    card: opt(ref(PaymentMethodCard)),
    card_present: opt(ref(PaymentMethodCardPresent)),
    cashapp: opt(ref(PaymentMethodCashapp)),
    created: req(int("unix-time")),
    customer: opt(nul(union(str(), ref(Customer)))),
    customer_balance: opt(ref(PaymentMethodCustomerBalance)),
    eps: opt(ref(PaymentMethodEps)),
    fpx: opt(ref(PaymentMethodFpx)),
    giropay: opt(ref(PaymentMethodGiropay)),
    grabpay: opt(ref(PaymentMethodGrabpay)),
    id: req(str()),
    ideal: opt(ref(PaymentMethodIdeal)),
    interac_present: opt(ref(PaymentMethodInteracPresent)),
    klarna: opt(ref(PaymentMethodKlarna)),
    konbini: opt(ref(PaymentMethodKonbini)),
    link: opt(ref(PaymentMethodLink)),
    livemode: req(bool()),
    metadata: opt(nul(obj({}, str()))),
    object: req(oneOf(e0)),
    oxxo: opt(ref(PaymentMethodOxxo)),
    p24: opt(ref(PaymentMethodP24)),
    paynow: opt(ref(PaymentMethodPaynow)),
    paypal: opt(ref(PaymentMethodPaypal)),
    pix: opt(ref(PaymentMethodPix)),
    promptpay: opt(ref(PaymentMethodPromptpay)),
    radar_options: opt(ref(RadarRadarOptions)),
    sepa_debit: opt(ref(PaymentMethodSepaDebit)),
    sofort: opt(ref(PaymentMethodSofort)),
    type: req(oneOf(e1, true)),
    us_bank_account: opt(ref(PaymentMethodUsBankAccount)),
    wechat_pay: opt(ref(PaymentMethodWechatPay)),
    zip: opt(ref(PaymentMethodZip)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method",
  branch: "payment_method",
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
  schema as PaymentMethod,
  validateInput as validatePaymentMethod,
  isValid as isPaymentMethod,
  check as checkPaymentMethod,
  test as testPaymentMethod,
};
