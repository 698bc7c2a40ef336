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
  SetupAttemptPaymentMethodDetailsAcssDebit,
  checkSetupAttemptPaymentMethodDetailsAcssDebit,
  testSetupAttemptPaymentMethodDetailsAcssDebit,
} from "./setup_attempt_payment_method_details_acss_debit.js";
import {
  SetupAttemptPaymentMethodDetailsAuBecsDebit,
  checkSetupAttemptPaymentMethodDetailsAuBecsDebit,
  testSetupAttemptPaymentMethodDetailsAuBecsDebit,
} from "./setup_attempt_payment_method_details_au_becs_debit.js";
import {
  SetupAttemptPaymentMethodDetailsBacsDebit,
  checkSetupAttemptPaymentMethodDetailsBacsDebit,
  testSetupAttemptPaymentMethodDetailsBacsDebit,
} from "./setup_attempt_payment_method_details_bacs_debit.js";
import {
  SetupAttemptPaymentMethodDetailsBancontact,
  checkSetupAttemptPaymentMethodDetailsBancontact,
  testSetupAttemptPaymentMethodDetailsBancontact,
} from "./setup_attempt_payment_method_details_bancontact.js";
import {
  SetupAttemptPaymentMethodDetailsBoleto,
  checkSetupAttemptPaymentMethodDetailsBoleto,
  testSetupAttemptPaymentMethodDetailsBoleto,
} from "./setup_attempt_payment_method_details_boleto.js";
import {
  SetupAttemptPaymentMethodDetailsCard,
  checkSetupAttemptPaymentMethodDetailsCard,
  testSetupAttemptPaymentMethodDetailsCard,
} from "./setup_attempt_payment_method_details_card.js";
import {
  SetupAttemptPaymentMethodDetailsCardPresent,
  checkSetupAttemptPaymentMethodDetailsCardPresent,
  testSetupAttemptPaymentMethodDetailsCardPresent,
} from "./setup_attempt_payment_method_details_card_present.js";
import {
  SetupAttemptPaymentMethodDetailsCashapp,
  checkSetupAttemptPaymentMethodDetailsCashapp,
  testSetupAttemptPaymentMethodDetailsCashapp,
} from "./setup_attempt_payment_method_details_cashapp.js";
import {
  SetupAttemptPaymentMethodDetailsIdeal,
  checkSetupAttemptPaymentMethodDetailsIdeal,
  testSetupAttemptPaymentMethodDetailsIdeal,
} from "./setup_attempt_payment_method_details_ideal.js";
import {
  SetupAttemptPaymentMethodDetailsKlarna,
  checkSetupAttemptPaymentMethodDetailsKlarna,
  testSetupAttemptPaymentMethodDetailsKlarna,
} from "./setup_attempt_payment_method_details_klarna.js";
import {
  SetupAttemptPaymentMethodDetailsLink,
  checkSetupAttemptPaymentMethodDetailsLink,
  testSetupAttemptPaymentMethodDetailsLink,
} from "./setup_attempt_payment_method_details_link.js";
import {
  SetupAttemptPaymentMethodDetailsPaypal,
  checkSetupAttemptPaymentMethodDetailsPaypal,
  testSetupAttemptPaymentMethodDetailsPaypal,
} from "./setup_attempt_payment_method_details_paypal.js";
import {
  SetupAttemptPaymentMethodDetailsSepaDebit,
  checkSetupAttemptPaymentMethodDetailsSepaDebit,
  testSetupAttemptPaymentMethodDetailsSepaDebit,
} from "./setup_attempt_payment_method_details_sepa_debit.js";
import {
  SetupAttemptPaymentMethodDetailsSofort,
  checkSetupAttemptPaymentMethodDetailsSofort,
  testSetupAttemptPaymentMethodDetailsSofort,
} from "./setup_attempt_payment_method_details_sofort.js";
import {
  SetupAttemptPaymentMethodDetailsUsBankAccount,
  checkSetupAttemptPaymentMethodDetailsUsBankAccount,
  testSetupAttemptPaymentMethodDetailsUsBankAccount,
} from "./setup_attempt_payment_method_details_us_bank_account.js";

const k0 = /* @__PURE__ */ set([
  "acss_debit",
  "au_becs_debit",
  "bacs_debit",
  "bancontact",
  "boleto",
  "card",
  "card_present",
  "cashapp",
  "ideal",
  "klarna",
  "link",
  "paypal",
  "sepa_debit",
  "sofort",
  "type",
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
      checkSetupAttemptPaymentMethodDetailsAcssDebit,
      v0,
      ok,
      "acss_debit",
    );
  }
  const v1 = v.au_becs_debit;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkSetupAttemptPaymentMethodDetailsAuBecsDebit,
      v1,
      ok,
      "au_becs_debit",
    );
  }
  const v2 = v.bacs_debit;
  if (v2 !== undefined) {
    ok = into(
      c,
      checkSetupAttemptPaymentMethodDetailsBacsDebit,
      v2,
      ok,
      "bacs_debit",
    );
  }
  const v3 = v.bancontact;
  if (v3 !== undefined) {
    ok = into(
      c,
      checkSetupAttemptPaymentMethodDetailsBancontact,
      v3,
      ok,
      "bancontact",
    );
  }
  const v4 = v.boleto;
  if (v4 !== undefined) {
    ok = into(c, checkSetupAttemptPaymentMethodDetailsBoleto, v4, ok, "boleto");
  }
  const v5 = v.card;
  if (v5 !== undefined) {
    ok = into(c, checkSetupAttemptPaymentMethodDetailsCard, v5, ok, "card");
  }
  const v6 = v.card_present;
  if (v6 !== undefined) {
    ok = into(
      c,
      checkSetupAttemptPaymentMethodDetailsCardPresent,
      v6,
      ok,
      "card_present",
    );
  }
  const v7 = v.cashapp;
  if (v7 !== undefined) {
    ok = into(
      c,
      checkSetupAttemptPaymentMethodDetailsCashapp,
      v7,
      ok,
      "cashapp",
    );
  }
  const v8 = v.ideal;
  if (v8 !== undefined) {
    ok = into(c, checkSetupAttemptPaymentMethodDetailsIdeal, v8, ok, "ideal");
  }
  const v9 = v.klarna;
  if (v9 !== undefined) {
    ok = into(c, checkSetupAttemptPaymentMethodDetailsKlarna, v9, ok, "klarna");
  }
  const v10 = v.link;
  if (v10 !== undefined) {
    ok = into(c, checkSetupAttemptPaymentMethodDetailsLink, v10, ok, "link");
  }
  const v11 = v.paypal;
  if (v11 !== undefined) {
    ok = into(
      c,
      checkSetupAttemptPaymentMethodDetailsPaypal,
      v11,
      ok,
      "paypal",
    );
  }
  const v12 = v.sepa_debit;
  if (v12 !== undefined) {
    ok = into(
      c,
      checkSetupAttemptPaymentMethodDetailsSepaDebit,
      v12,
      ok,
      "sepa_debit",
    );
  }
  const v13 = v.sofort;
  if (v13 !== undefined) {
    ok = into(
      c,
      checkSetupAttemptPaymentMethodDetailsSofort,
      v13,
      ok,
      "sofort",
    );
  }
  const v14 = v.type;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["type"], v14, ok);
  } else {
    if (typeof v14 !== "string") {
      ok = wrongType(c, ["type"], "string", v14);
    } else if (v14.length > 5000 && tooLong(v14, 5000)) {
      ok = longFail(c, ["type"], 5000, v14);
    }
  }
  const v15 = v.us_bank_account;
  if (v15 !== undefined) {
    ok = into(
      c,
      checkSetupAttemptPaymentMethodDetailsUsBankAccount,
      v15,
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
    if (!testSetupAttemptPaymentMethodDetailsAcssDebit(v0, c)) return false;
  }
  const v1 = v.au_becs_debit;
  if (v1 !== undefined) {
    if (!testSetupAttemptPaymentMethodDetailsAuBecsDebit(v1, c)) return false;
  }
  const v2 = v.bacs_debit;
  if (v2 !== undefined) {
    if (!testSetupAttemptPaymentMethodDetailsBacsDebit(v2, c)) return false;
  }
  const v3 = v.bancontact;
  if (v3 !== undefined) {
    if (!testSetupAttemptPaymentMethodDetailsBancontact(v3, c)) return false;
  }
  const v4 = v.boleto;
  if (v4 !== undefined) {
    if (!testSetupAttemptPaymentMethodDetailsBoleto(v4, c)) return false;
  }
  const v5 = v.card;
  if (v5 !== undefined) {
    if (!testSetupAttemptPaymentMethodDetailsCard(v5, c)) return false;
  }
  const v6 = v.card_present;
  if (v6 !== undefined) {
    if (!testSetupAttemptPaymentMethodDetailsCardPresent(v6, c)) return false;
  }
  const v7 = v.cashapp;
  if (v7 !== undefined) {
    if (!testSetupAttemptPaymentMethodDetailsCashapp(v7, c)) return false;
  }
  const v8 = v.ideal;
  if (v8 !== undefined) {
    if (!testSetupAttemptPaymentMethodDetailsIdeal(v8, c)) return false;
  }
  const v9 = v.klarna;
  if (v9 !== undefined) {
    if (!testSetupAttemptPaymentMethodDetailsKlarna(v9, c)) return false;
  }
  const v10 = v.link;
  if (v10 !== undefined) {
    if (!testSetupAttemptPaymentMethodDetailsLink(v10, c)) return false;
  }
  const v11 = v.paypal;
  if (v11 !== undefined) {
    if (!testSetupAttemptPaymentMethodDetailsPaypal(v11, c)) return false;
  }
  const v12 = v.sepa_debit;
  if (v12 !== undefined) {
    if (!testSetupAttemptPaymentMethodDetailsSepaDebit(v12, c)) return false;
  }
  const v13 = v.sofort;
  if (v13 !== undefined) {
    if (!testSetupAttemptPaymentMethodDetailsSofort(v13, c)) return false;
  }
  const v14 = v.type;
  if (typeof v14 !== "string") return false;
  if (v14.length > 5000 && tooLong(v14, 5000)) return false;
  const v15 = v.us_bank_account;
  if (v15 !== undefined) {
    if (!testSetupAttemptPaymentMethodDetailsUsBankAccount(v15, c))
      return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    acss_debit: opt(ref(SetupAttemptPaymentMethodDetailsAcssDebit)),
    au_becs_debit: opt(ref(SetupAttemptPaymentMethodDetailsAuBecsDebit)),
    bacs_debit: opt(ref(SetupAttemptPaymentMethodDetailsBacsDebit)),
    bancontact: opt(ref(SetupAttemptPaymentMethodDetailsBancontact)),
    boleto: opt(ref(SetupAttemptPaymentMethodDetailsBoleto)),
    card: opt(ref(SetupAttemptPaymentMethodDetailsCard)),
    card_present: opt(ref(SetupAttemptPaymentMethodDetailsCardPresent)),
    cashapp: opt(ref(SetupAttemptPaymentMethodDetailsCashapp)),
    ideal: opt(ref(SetupAttemptPaymentMethodDetailsIdeal)),
    klarna: opt(ref(SetupAttemptPaymentMethodDetailsKlarna)),
    link: opt(ref(SetupAttemptPaymentMethodDetailsLink)),
    paypal: opt(ref(SetupAttemptPaymentMethodDetailsPaypal)),
    sepa_debit: opt(ref(SetupAttemptPaymentMethodDetailsSepaDebit)),
    sofort: opt(ref(SetupAttemptPaymentMethodDetailsSofort)),
    type: req(str()),
    us_bank_account: opt(ref(SetupAttemptPaymentMethodDetailsUsBankAccount)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "setup_attempt_payment_method_details",
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
  schema as SetupAttemptPaymentMethodDetails,
  validateInput as validateSetupAttemptPaymentMethodDetails,
  isValid as isSetupAttemptPaymentMethodDetails,
  check as checkSetupAttemptPaymentMethodDetails,
  test as testSetupAttemptPaymentMethodDetails,
};
