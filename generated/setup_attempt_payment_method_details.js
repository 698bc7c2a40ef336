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
import { SetupAttemptPaymentMethodDetailsAcssDebit } from "./setup_attempt_payment_method_details_acss_debit.js";
import { SetupAttemptPaymentMethodDetailsAuBecsDebit } from "./setup_attempt_payment_method_details_au_becs_debit.js";
import { SetupAttemptPaymentMethodDetailsBacsDebit } from "./setup_attempt_payment_method_details_bacs_debit.js";
import { SetupAttemptPaymentMethodDetailsBancontact } from "./setup_attempt_payment_method_details_bancontact.js";
import { SetupAttemptPaymentMethodDetailsBoleto } from "./setup_attempt_payment_method_details_boleto.js";
import { SetupAttemptPaymentMethodDetailsCard } from "./setup_attempt_payment_method_details_card.js";
import { SetupAttemptPaymentMethodDetailsCardPresent } from "./setup_attempt_payment_method_details_card_present.js";
import { SetupAttemptPaymentMethodDetailsCashapp } from "./setup_attempt_payment_method_details_cashapp.js";
import { SetupAttemptPaymentMethodDetailsIdeal } from "./setup_attempt_payment_method_details_ideal.js";
import { SetupAttemptPaymentMethodDetailsKlarna } from "./setup_attempt_payment_method_details_klarna.js";
import { SetupAttemptPaymentMethodDetailsLink } from "./setup_attempt_payment_method_details_link.js";
import { SetupAttemptPaymentMethodDetailsPaypal } from "./setup_attempt_payment_method_details_paypal.js";
import { SetupAttemptPaymentMethodDetailsSepaDebit } from "./setup_attempt_payment_method_details_sepa_debit.js";
import { SetupAttemptPaymentMethodDetailsSofort } from "./setup_attempt_payment_method_details_sofort.js";
import { SetupAttemptPaymentMethodDetailsUsBankAccount } from "./setup_attempt_payment_method_details_us_bank_account.js";

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
      SetupAttemptPaymentMethodDetailsAcssDebit.check,
      v0,
      ok,
      "acss_debit",
    );
  }
  const v1 = v.au_becs_debit;
  if (v1 !== undefined) {
    ok = into(
      c,
      SetupAttemptPaymentMethodDetailsAuBecsDebit.check,
      v1,
      ok,
      "au_becs_debit",
    );
  }
  const v2 = v.bacs_debit;
  if (v2 !== undefined) {
    ok = into(
      c,
      SetupAttemptPaymentMethodDetailsBacsDebit.check,
      v2,
      ok,
      "bacs_debit",
    );
  }
  const v3 = v.bancontact;
  if (v3 !== undefined) {
    ok = into(
      c,
      SetupAttemptPaymentMethodDetailsBancontact.check,
      v3,
      ok,
      "bancontact",
    );
  }
  const v4 = v.boleto;
  if (v4 !== undefined) {
    ok = into(
      c,
      SetupAttemptPaymentMethodDetailsBoleto.check,
      v4,
      ok,
      "boleto",
    );
  }
  const v5 = v.card;
  if (v5 !== undefined) {
    ok = into(c, SetupAttemptPaymentMethodDetailsCard.check, v5, ok, "card");
  }
  const v6 = v.card_present;
  if (v6 !== undefined) {
    ok = into(
      c,
      SetupAttemptPaymentMethodDetailsCardPresent.check,
      v6,
      ok,
      "card_present",
    );
  }
  const v7 = v.cashapp;
  if (v7 !== undefined) {
    ok = into(
      c,
      SetupAttemptPaymentMethodDetailsCashapp.check,
      v7,
      ok,
      "cashapp",
    );
  }
  const v8 = v.ideal;
  if (v8 !== undefined) {
    ok = into(c, SetupAttemptPaymentMethodDetailsIdeal.check, v8, ok, "ideal");
  }
  const v9 = v.klarna;
  if (v9 !== undefined) {
    ok = into(
      c,
      SetupAttemptPaymentMethodDetailsKlarna.check,
      v9,
      ok,
      "klarna",
    );
  }
  const v10 = v.link;
  if (v10 !== undefined) {
    ok = into(c, SetupAttemptPaymentMethodDetailsLink.check, v10, ok, "link");
  }
  const v11 = v.paypal;
  if (v11 !== undefined) {
    ok = into(
      c,
      SetupAttemptPaymentMethodDetailsPaypal.check,
      v11,
      ok,
      "paypal",
    );
  }
  const v12 = v.sepa_debit;
  if (v12 !== undefined) {
    ok = into(
      c,
      SetupAttemptPaymentMethodDetailsSepaDebit.check,
      v12,
      ok,
      "sepa_debit",
    );
  }
  const v13 = v.sofort;
  if (v13 !== undefined) {
    ok = into(
      c,
      SetupAttemptPaymentMethodDetailsSofort.check,
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
      SetupAttemptPaymentMethodDetailsUsBankAccount.check,
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
export { schema as SetupAttemptPaymentMethodDetails };
