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
  CardMandatePaymentMethodDetails,
  checkCardMandatePaymentMethodDetails,
  testCardMandatePaymentMethodDetails,
} from "./card_mandate_payment_method_details.js";
import {
  MandateAcssDebit,
  checkMandateAcssDebit,
  testMandateAcssDebit,
} from "./mandate_acss_debit.js";
import {
  MandateAuBecsDebit,
  checkMandateAuBecsDebit,
  testMandateAuBecsDebit,
} from "./mandate_au_becs_debit.js";
import {
  MandateBacsDebit,
  checkMandateBacsDebit,
  testMandateBacsDebit,
} from "./mandate_bacs_debit.js";
import {
  MandateCashapp,
  checkMandateCashapp,
  testMandateCashapp,
} from "./mandate_cashapp.js";
import {
  MandateLink,
  checkMandateLink,
  testMandateLink,
} from "./mandate_link.js";
import {
  MandatePaypal,
  checkMandatePaypal,
  testMandatePaypal,
} from "./mandate_paypal.js";
import {
  MandateSepaDebit,
  checkMandateSepaDebit,
  testMandateSepaDebit,
} from "./mandate_sepa_debit.js";
import {
  MandateUsBankAccount,
  checkMandateUsBankAccount,
  testMandateUsBankAccount,
} from "./mandate_us_bank_account.js";

const k0 = /* @__PURE__ */ set([
  "acss_debit",
  "au_becs_debit",
  "bacs_debit",
  "card",
  "cashapp",
  "link",
  "paypal",
  "sepa_debit",
  "type",
  "us_bank_account",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.acss_debit;
  if (v0 !== undefined) {
    ok = into(c, checkMandateAcssDebit, v0, ok, "acss_debit");
  }
  const v1 = v.au_becs_debit;
  if (v1 !== undefined) {
    ok = into(c, checkMandateAuBecsDebit, v1, ok, "au_becs_debit");
  }
  const v2 = v.bacs_debit;
  if (v2 !== undefined) {
    ok = into(c, checkMandateBacsDebit, v2, ok, "bacs_debit");
  }
  const v3 = v.card;
  if (v3 !== undefined) {
    ok = into(c, checkCardMandatePaymentMethodDetails, v3, ok, "card");
  }
  const v4 = v.cashapp;
  if (v4 !== undefined) {
    ok = into(c, checkMandateCashapp, v4, ok, "cashapp");
  }
  const v5 = v.link;
  if (v5 !== undefined) {
    ok = into(c, checkMandateLink, v5, ok, "link");
  }
  const v6 = v.paypal;
  if (v6 !== undefined) {
    ok = into(c, checkMandatePaypal, v6, ok, "paypal");
  }
  const v7 = v.sepa_debit;
  if (v7 !== undefined) {
    ok = into(c, checkMandateSepaDebit, v7, ok, "sepa_debit");
  }
  const v8 = v.type;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["type"], v8, ok);
  } else {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["type"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["type"], 5000, v8);
    }
  }
  const v9 = v.us_bank_account;
  if (v9 !== undefined) {
    ok = into(c, checkMandateUsBankAccount, v9, ok, "us_bank_account");
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
    if (!testMandateAcssDebit(v0, c)) return false;
  }
  const v1 = v.au_becs_debit;
  if (v1 !== undefined) {
    if (!testMandateAuBecsDebit(v1, c)) return false;
  }
  const v2 = v.bacs_debit;
  if (v2 !== undefined) {
    if (!testMandateBacsDebit(v2, c)) return false;
  }
  const v3 = v.card;
  if (v3 !== undefined) {
    if (!testCardMandatePaymentMethodDetails(v3, c)) return false;
  }
  const v4 = v.cashapp;
  if (v4 !== undefined) {
    if (!testMandateCashapp(v4, c)) return false;
  }
  const v5 = v.link;
  if (v5 !== undefined) {
    if (!testMandateLink(v5, c)) return false;
  }
  const v6 = v.paypal;
  if (v6 !== undefined) {
    if (!testMandatePaypal(v6, c)) return false;
  }
  const v7 = v.sepa_debit;
  if (v7 !== undefined) {
    if (!testMandateSepaDebit(v7, c)) return false;
  }
  const v8 = v.type;
  if (typeof v8 !== "string") return false;
  if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  const v9 = v.us_bank_account;
  if (v9 !== undefined) {
    if (!testMandateUsBankAccount(v9, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    acss_debit: opt(ref(MandateAcssDebit)),
    au_becs_debit: opt(ref(MandateAuBecsDebit)),
    bacs_debit: opt(ref(MandateBacsDebit)),
    card: opt(ref(CardMandatePaymentMethodDetails)),
    cashapp: opt(ref(MandateCashapp)),
    link: opt(ref(MandateLink)),
    paypal: opt(ref(MandatePaypal)),
    sepa_debit: opt(ref(MandateSepaDebit)),
    type: req(str()),
    us_bank_account: opt(ref(MandateUsBankAccount)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "mandate_payment_method_details",
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
  schema as MandatePaymentMethodDetails,
  validateInput as validateMandatePaymentMethodDetails,
  isValid as isMandatePaymentMethodDetails,
  check as checkMandatePaymentMethodDetails,
  test as testMandatePaymentMethodDetails,
};
