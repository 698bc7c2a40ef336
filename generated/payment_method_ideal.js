import {
  deeper,
  enter,
  isObject,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

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
const k0 = /* @__PURE__ */ set(["bank", "bic"]);

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
  c.depth--;
  return true;
}

function shape() {
  return obj({ bank: opt(nul(oneOf(e0))), bic: opt(nul(oneOf(e1))) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_ideal",
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
  schema as PaymentMethodIdeal,
  validateInput as validatePaymentMethodIdeal,
  isValid as isPaymentMethodIdeal,
  check as checkPaymentMethodIdeal,
  test as testPaymentMethodIdeal,
};
