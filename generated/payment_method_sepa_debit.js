import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, ref, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  SepaDebitGeneratedFrom,
  checkSepaDebitGeneratedFrom,
  testSepaDebitGeneratedFrom,
} from "./sepa_debit_generated_from.js";

const k0 = /* @__PURE__ */ set([
  "bank_code",
  "branch_code",
  "country",
  "fingerprint",
  "generated_from",
  "last4",
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
  const v1 = v.branch_code;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["branch_code"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["branch_code"], 5000, v1);
    }
  }
  const v2 = v.country;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["country"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["country"], 5000, v2);
    }
  }
  const v3 = v.fingerprint;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["fingerprint"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["fingerprint"], 5000, v3);
    }
  }
  const v4 = v.generated_from;
  if (v4 !== undefined && v4 !== null) {
    ok = into(c, checkSepaDebitGeneratedFrom, v4, ok, "generated_from");
  }
  const v5 = v.last4;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["last4"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["last4"], 5000, v5);
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
  const v1 = v.branch_code;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.country;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.fingerprint;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.generated_from;
  if (v4 !== undefined && v4 !== null) {
    if (!testSepaDebitGeneratedFrom(v4, c)) return false;
  }
  const v5 = v.last4;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    bank_code: opt(nul(str())),
    branch_code: opt(nul(str())),
    country: opt(nul(str())),
    fingerprint: opt(nul(str())),
    generated_from: opt(nul(ref(SepaDebitGeneratedFrom))),
    last4: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_sepa_debit",
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
  schema as PaymentMethodSepaDebit,
  validateInput as validatePaymentMethodSepaDebit,
  isValid as isPaymentMethodSepaDebit,
  check as checkPaymentMethodSepaDebit,
  test as testPaymentMethodSepaDebit,
};
