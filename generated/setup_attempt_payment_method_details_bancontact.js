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

const e0 = /* @__PURE__ */ set(["de", "en", "fr", "nl"]);
const k0 = /* @__PURE__ */ set([
  "bank_code",
  "bank_name",
  "bic",
  "generated_sepa_debit",
  "generated_sepa_debit_mandate",
  "iban_last4",
  "preferred_language",
  "verified_name",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.bank_code;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["bank_code"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["bank_code"], 5000, v0);
    }
  }
  const v1 = v.bank_name;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["bank_name"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["bank_name"], 5000, v1);
    }
  }
  const v2 = v.bic;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["bic"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["bic"], 5000, v2);
    }
  }
  const v3 = v.generated_sepa_debit;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) {
        ok = longFail(c, ["generated_sepa_debit"], 5000, v3);
      }
    } else if (isObject(v3)) {
      ok = into(c, checkPaymentMethod, v3, ok, "generated_sepa_debit");
    } else {
      ok = wrongType(c, ["generated_sepa_debit"], "string | object", v3);
    }
  }
  const v4 = v.generated_sepa_debit_mandate;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) {
        ok = longFail(c, ["generated_sepa_debit_mandate"], 5000, v4);
      }
    } else if (isObject(v4)) {
      ok = into(c, checkMandate, v4, ok, "generated_sepa_debit_mandate");
    } else {
      ok = wrongType(
        c,
        ["generated_sepa_debit_mandate"],
        "string | object",
        v4,
      );
    }
  }
  const v5 = v.iban_last4;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["iban_last4"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["iban_last4"], 5000, v5);
    }
  }
  const v6 = v.preferred_language;
  if (v6 !== undefined && v6 !== null) {
    if (!e0.has(v6)) {
      ok = notInEnum(c, ["preferred_language"], e0, v6, ok);
    }
  }
  const v7 = v.verified_name;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["verified_name"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["verified_name"], 5000, v7);
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
  const v0 = v.bank_code;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.bank_name;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.bic;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.generated_sepa_debit;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) return false;
    } else if (isObject(v3)) {
      if (!testPaymentMethod(v3, c)) return false;
    } else {
      return false;
    }
  }
  const v4 = v.generated_sepa_debit_mandate;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) return false;
    } else if (isObject(v4)) {
      if (!testMandate(v4, c)) return false;
    } else {
      return false;
    }
  }
  const v5 = v.iban_last4;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.preferred_language;
  if (v6 !== undefined && v6 !== null) {
    if (!e0.has(v6)) return false;
  }
  const v7 = v.verified_name;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    bank_code: opt(nul(str())),
    bank_name: opt(nul(str())),
    bic: opt(nul(str())),
    generated_sepa_debit: opt(nul(union(str(), ref(PaymentMethod)))),
    generated_sepa_debit_mandate: opt(nul(union(str(), ref(Mandate)))),
    iban_last4: opt(nul(str())),
    preferred_language: opt(nul(oneOf(e0))),
    verified_name: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "setup_attempt_payment_method_details_bancontact",
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
  schema as SetupAttemptPaymentMethodDetailsBancontact,
  validateInput as validateSetupAttemptPaymentMethodDetailsBancontact,
  isValid as isSetupAttemptPaymentMethodDetailsBancontact,
  check as checkSetupAttemptPaymentMethodDetailsBancontact,
  test as testSetupAttemptPaymentMethodDetailsBancontact,
};
