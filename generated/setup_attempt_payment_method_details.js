import {
  deeper,
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
} from "./setup_attempt_payment_method_details_acss_debit.js";
import {
  SetupAttemptPaymentMethodDetailsAuBecsDebit,
  checkSetupAttemptPaymentMethodDetailsAuBecsDebit,
} from "./setup_attempt_payment_method_details_au_becs_debit.js";
import {
  SetupAttemptPaymentMethodDetailsBacsDebit,
  checkSetupAttemptPaymentMethodDetailsBacsDebit,
} from "./setup_attempt_payment_method_details_bacs_debit.js";
import {
  SetupAttemptPaymentMethodDetailsBancontact,
  checkSetupAttemptPaymentMethodDetailsBancontact,
} from "./setup_attempt_payment_method_details_bancontact.js";
import {
  SetupAttemptPaymentMethodDetailsBoleto,
  checkSetupAttemptPaymentMethodDetailsBoleto,
} from "./setup_attempt_payment_method_details_boleto.js";
import {
  SetupAttemptPaymentMethodDetailsCard,
  checkSetupAttemptPaymentMethodDetailsCard,
} from "./setup_attempt_payment_method_details_card.js";
import {
  SetupAttemptPaymentMethodDetailsCardPresent,
  checkSetupAttemptPaymentMethodDetailsCardPresent,
} from "./setup_attempt_payment_method_details_card_present.js";
import {
  SetupAttemptPaymentMethodDetailsCashapp,
  checkSetupAttemptPaymentMethodDetailsCashapp,
} from "./setup_attempt_payment_method_details_cashapp.js";
import {
  SetupAttemptPaymentMethodDetailsIdeal,
  checkSetupAttemptPaymentMethodDetailsIdeal,
} from "./setup_attempt_payment_method_details_ideal.js";
import {
  SetupAttemptPaymentMethodDetailsKlarna,
  checkSetupAttemptPaymentMethodDetailsKlarna,
} from "./setup_attempt_payment_method_details_klarna.js";
import {
  SetupAttemptPaymentMethodDetailsLink,
  checkSetupAttemptPaymentMethodDetailsLink,
} from "./setup_attempt_payment_method_details_link.js";
import {
  SetupAttemptPaymentMethodDetailsPaypal,
  checkSetupAttemptPaymentMethodDetailsPaypal,
} from "./setup_attempt_payment_method_details_paypal.js";
import {
  SetupAttemptPaymentMethodDetailsSepaDebit,
  checkSetupAttemptPaymentMethodDetailsSepaDebit,
} from "./setup_attempt_payment_method_details_sepa_debit.js";
import {
  SetupAttemptPaymentMethodDetailsSofort,
  checkSetupAttemptPaymentMethodDetailsSofort,
} from "./setup_attempt_payment_method_details_sofort.js";
import {
  SetupAttemptPaymentMethodDetailsUsBankAccount,
  checkSetupAttemptPaymentMethodDetailsUsBankAccount,
} from "./setup_attempt_payment_method_details_us_bank_account.js";

const k0 = set([
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
  shape,
});

function validateInput(input, options) {
  return validate(check, input, options);
}

function isValid(input) {
  return is(check, input);
}

export {
  schema as SetupAttemptPaymentMethodDetails,
  validateInput as validateSetupAttemptPaymentMethodDetails,
  isValid as isSetupAttemptPaymentMethodDetails,
  check as checkSetupAttemptPaymentMethodDetails,
};
