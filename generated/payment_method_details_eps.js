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
  "arzte_und_apotheker_bank",
  "austrian_anadi_bank_ag",
  "bank_austria",
  "bankhaus_carl_spangler",
  "bankhaus_schelhammer_und_schattera_ag",
  "bawag_psk_ag",
  "bks_bank_ag",
  "brull_kallmus_bank_ag",
  "btv_vier_lander_bank",
  "capital_bank_grawe_gruppe_ag",
  "deutsche_bank_ag",
  "dolomitenbank",
  "easybank_ag",
  "erste_bank_und_sparkassen",
  "hypo_alpeadriabank_international_ag",
  "hypo_bank_burgenland_aktiengesellschaft",
  "hypo_noe_lb_fur_niederosterreich_u_wien",
  "hypo_oberosterreich_salzburg_steiermark",
  "hypo_tirol_bank_ag",
  "hypo_vorarlberg_bank_ag",
  "marchfelder_bank",
  "oberbank_ag",
  "raiffeisen_bankengruppe_osterreich",
  "schoellerbank_ag",
  "sparda_bank_wien",
  "volksbank_gruppe",
  "volkskreditbank_ag",
  "vr_bank_braunau",
]);
const k0 = /* @__PURE__ */ set(["bank", "verified_name"]);

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
  const v1 = v.verified_name;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["verified_name"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["verified_name"], 5000, v1);
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
  const v1 = v.verified_name;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ bank: opt(nul(oneOf(e0))), verified_name: opt(nul(str())) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_details_eps",
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
  schema as PaymentMethodDetailsEps,
  validateInput as validatePaymentMethodDetailsEps,
  isValid as isPaymentMethodDetailsEps,
  check as checkPaymentMethodDetailsEps,
  test as testPaymentMethodDetailsEps,
};
