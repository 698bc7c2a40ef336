import {
  deeper,
  enter,
  isObject,
  longFail,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "alior_bank",
  "bank_millennium",
  "bank_nowy_bfg_sa",
  "bank_pekao_sa",
  "banki_spbdzielcze",
  "blik",
  "bnp_paribas",
  "boz",
  "citi_handlowy",
  "credit_agricole",
  "envelobank",
  "etransfer_pocztowy24",
  "getin_bank",
  "ideabank",
  "ing",
  "inteligo",
  "mbank_mtransfer",
  "nest_przelew",
  "noble_pay",
  "pbac_z_ipko",
  "plus_bank",
  "santander_przelew24",
  "tmobile_usbugi_bankowe",
  "toyota_bank",
  "volkswagen_bank",
]);
const k0 = /* @__PURE__ */ set(["bank", "reference", "verified_name"]);

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
  const v1 = v.reference;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["reference"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["reference"], 5000, v1);
    }
  }
  const v2 = v.verified_name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["verified_name"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["verified_name"], 5000, v2);
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
  const v1 = v.reference;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.verified_name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    bank: opt(nul(oneOf(e0))),
    reference: opt(nul(str())),
    verified_name: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_details_p24",
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
  schema as PaymentMethodDetailsP24,
  validateInput as validatePaymentMethodDetailsP24,
  isValid as isPaymentMethodDetailsP24,
  check as checkPaymentMethodDetailsP24,
  test as testPaymentMethodDetailsP24,
};
