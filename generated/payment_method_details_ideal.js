import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt, ref, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Mandate, checkMandate, testMandate } from "./mandate.js";
import {
  PaymentMethod,
  checkPaymentMethod,
  testPaymentMethod,
} from "./payment_method.js";

const e0 = /* @__PURE__ */ set([
  "abn_amro",
  "asn_bank",
  "bunq",
  "handelsbanken",
  "ing",
  "knab",
  "moneyou",
  "n26",
  "rabobank",
  "regiobank",
  "revolut",
  "sns_bank",
  "triodos_bank",
  "van_lanschot",
  "yoursafe",
]);
const e1 = /* @__PURE__ */ set([
  "ABNANL2A",
  "ASNBNL21",
  "BITSNL2A",
  "BUNQNL2A",
  "FVLBNL22",
  "HANDNL2A",
  "INGBNL2A",
  "KNABNL2H",
  "MOYONL21",
  "NTSBDEB1",
  "RABONL2U",
  "RBRBNL21",
  "REVOIE23",
  "REVOLT21",
  "SNSBNL2A",
  "TRIONL2U",
]);
const k0 = /* @__PURE__ */ set([
  "bank",
  "bic",
  "generated_sepa_debit",
  "generated_sepa_debit_mandate",
  "iban_last4",
  "verified_name",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.bank;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["bank"], e0, v0, ok);
    }
  }
  const v1 = v.bic;
  if (v1 !== undefined && v1 !== null) {
    if (!e1.has(v1)) {
      ok = notInEnum(c, ["bic"], e1, v1, ok);
    }
  }
  const v2 = v.generated_sepa_debit;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) {
        ok = longFail(c, ["generated_sepa_debit"], 5000, v2);
      }
    } else if (isObject(v2)) {
      ok = into(c, checkPaymentMethod, v2, ok, "generated_sepa_debit");
    } else {
      ok = wrongType(c, ["generated_sepa_debit"], "string | object", v2);
    }
  }
  const v3 = v.generated_sepa_debit_mandate;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) {
        ok = longFail(c, ["generated_sepa_debit_mandate"], 5000, v3);
      }
    } else if (isObject(v3)) {
      ok = into(c, checkMandate, v3, ok, "generated_sepa_debit_mandate");
    } else {
      ok = wrongType(
        c,
        ["generated_sepa_debit_mandate"],
        "string | object",
        v3,
      );
    }
  }
  const v4 = v.iban_last4;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["iban_last4"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["iban_last4"], 5000, v4);
    }
  }
  const v5 = v.verified_name;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["verified_name"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["verified_name"], 5000, v5);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.bank;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) return false;
  }
  const v1 = v.bic;
  if (v1 !== undefined && v1 !== null) {
    if (!e1.has(v1)) return false;
  }
  const v2 = v.generated_sepa_debit;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) return false;
    } else if (isObject(v2)) {
      if (!testPaymentMethod(v2, c)) return false;
    } else {
      return false;
    }
  }
  const v3 = v.generated_sepa_debit_mandate;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) return false;
    } else if (isObject(v3)) {
      if (!testMandate(v3, c)) return false;
    } else {
      return false;
    }
  }
  const v4 = v.iban_last4;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.verified_name;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    bank: opt(nul(oneOf(e0))),
    bic: opt(nul(oneOf(e1))),
    generated_sepa_debit: opt(nul(union(str(), ref(PaymentMethod)))),
    generated_sepa_debit_mandate: opt(nul(union(str(), ref(Mandate)))),
    iban_last4: opt(nul(str())),
    verified_name: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_details_ideal",
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
  schema as PaymentMethodDetailsIdeal,
  validateInput as validatePaymentMethodDetailsIdeal,
  isValid as isPaymentMethodDetailsIdeal,
  check as checkPaymentMethodDetailsIdeal,
  test as testPaymentMethodDetailsIdeal,
};
