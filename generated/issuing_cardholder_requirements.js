import {
  deeper,
  enter,
  full,
  isArray,
  isObject,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, nul, obj, oneOf, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "listed",
  "rejected.listed",
  "requirements.past_due",
  "under_review",
]);
const k0 = /* @__PURE__ */ set(["disabled_reason", "past_due"]);
const e1 = /* @__PURE__ */ set([
  "company.tax_id",
  "individual.card_issuing.user_terms_acceptance.date",
  "individual.card_issuing.user_terms_acceptance.ip",
  "individual.dob.day",
  "individual.dob.month",
  "individual.dob.year",
  "individual.first_name",
  "individual.last_name",
  "individual.verification.document",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.disabled_reason;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["disabled_reason"], e0, v0, ok);
    }
  }
  const v1 = v.past_due;
  if (v1 !== undefined && v1 !== null) {
    if (!isArray(v1)) {
      ok = wrongType(c, ["past_due"], "array", v1);
    } else {
      for (let i0 = 0; i0 < v1.length; i0++) {
        const v2 = v1[i0];
        if (typeof v2 !== "string") {
          ok = wrongType(c, ["past_due", i0], "string", v2);
        }
        if (!ok && full(c)) break;
      }
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
  const v0 = v.disabled_reason;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) return false;
  }
  const v1 = v.past_due;
  if (v1 !== undefined && v1 !== null) {
    if (!isArray(v1)) return false;
    for (let i0 = 0; i0 < v1.length; i0++) {
      const v2 = v1[i0];
      if (typeof v2 !== "string") return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    disabled_reason: opt(nul(oneOf(e0))),
    past_due: opt(nul(list(oneOf(e1, true)))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_cardholder_requirements",
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
  schema as IssuingCardholderRequirements,
  validateInput as validateIssuingCardholderRequirements,
  isValid as isIssuingCardholderRequirements,
  check as checkIssuingCardholderRequirements,
  test as testIssuingCardholderRequirements,
};
