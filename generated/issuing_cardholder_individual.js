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
  IssuingCardholderCardIssuing,
  checkIssuingCardholderCardIssuing,
  testIssuingCardholderCardIssuing,
} from "./issuing_cardholder_card_issuing.js";
import {
  IssuingCardholderIndividualDob,
  checkIssuingCardholderIndividualDob,
  testIssuingCardholderIndividualDob,
} from "./issuing_cardholder_individual_dob.js";
import {
  IssuingCardholderVerification,
  checkIssuingCardholderVerification,
  testIssuingCardholderVerification,
} from "./issuing_cardholder_verification.js";

const k0 = /* @__PURE__ */ set([
  "card_issuing",
  "dob",
  "first_name",
  "last_name",
  "verification",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.card_issuing;
  if (v0 !== undefined && v0 !== null) {
    ok = into(c, checkIssuingCardholderCardIssuing, v0, ok, "card_issuing");
  }
  const v1 = v.dob;
  if (v1 !== undefined && v1 !== null) {
    ok = into(c, checkIssuingCardholderIndividualDob, v1, ok, "dob");
  }
  const v2 = v.first_name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["first_name"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["first_name"], 5000, v2);
    }
  }
  const v3 = v.last_name;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["last_name"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["last_name"], 5000, v3);
    }
  }
  const v4 = v.verification;
  if (v4 !== undefined && v4 !== null) {
    ok = into(c, checkIssuingCardholderVerification, v4, ok, "verification");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.card_issuing;
  if (v0 !== undefined && v0 !== null) {
    if (!testIssuingCardholderCardIssuing(v0, c)) return false;
  }
  const v1 = v.dob;
  if (v1 !== undefined && v1 !== null) {
    if (!testIssuingCardholderIndividualDob(v1, c)) return false;
  }
  const v2 = v.first_name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.last_name;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.verification;
  if (v4 !== undefined && v4 !== null) {
    if (!testIssuingCardholderVerification(v4, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    card_issuing: opt(nul(ref(IssuingCardholderCardIssuing))),
    dob: opt(nul(ref(IssuingCardholderIndividualDob))),
    first_name: opt(nul(str())),
    last_name: opt(nul(str())),
    verification: opt(nul(ref(IssuingCardholderVerification))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_cardholder_individual",
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
  schema as IssuingCardholderIndividual,
  validateInput as validateIssuingCardholderIndividual,
  isValid as isIssuingCardholderIndividual,
  check as checkIssuingCardholderIndividual,
  test as testIssuingCardholderIndividual,
};
