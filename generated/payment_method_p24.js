import {
  deeper,
  enter,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["bank"]);
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

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.bank;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["bank"], "string", v0);
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
    if (typeof v0 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ bank: opt(nul(oneOf(e0, true))) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_p24",
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
  schema as PaymentMethodP24,
  validateInput as validatePaymentMethodP24,
  isValid as isPaymentMethodP24,
  check as checkPaymentMethodP24,
  test as testPaymentMethodP24,
};
