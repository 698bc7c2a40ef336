import {
  deeper,
  enter,
  into,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  IssuingCardholderUserTermsAcceptance,
  checkIssuingCardholderUserTermsAcceptance,
  testIssuingCardholderUserTermsAcceptance,
} from "./issuing_cardholder_user_terms_acceptance.js";

const k0 = /* @__PURE__ */ set(["user_terms_acceptance"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.user_terms_acceptance;
  if (v0 !== undefined && v0 !== null) {
    ok = into(
      c,
      checkIssuingCardholderUserTermsAcceptance,
      v0,
      ok,
      "user_terms_acceptance",
    );
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.user_terms_acceptance;
  if (v0 !== undefined && v0 !== null) {
    if (!testIssuingCardholderUserTermsAcceptance(v0, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    user_terms_acceptance: opt(nul(ref(IssuingCardholderUserTermsAcceptance))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_cardholder_card_issuing",
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
  schema as IssuingCardholderCardIssuing,
  validateInput as validateIssuingCardholderCardIssuing,
  isValid as isIssuingCardholderCardIssuing,
  check as checkIssuingCardholderCardIssuing,
  test as testIssuingCardholderCardIssuing,
};
