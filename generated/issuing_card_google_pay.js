import {
  deeper,
  enter,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, nul, obj, oneOf, opt, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "missing_agreement",
  "missing_cardholder_contact",
  "unsupported_region",
]);
const k0 = /* @__PURE__ */ set(["eligible", "ineligible_reason"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.eligible;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["eligible"], v0, ok);
  } else {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["eligible"], "boolean", v0);
    }
  }
  const v1 = v.ineligible_reason;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["ineligible_reason"], e0, v1, ok);
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
  const v0 = v.eligible;
  if (typeof v0 !== "boolean") return false;
  const v1 = v.ineligible_reason;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ eligible: req(bool()), ineligible_reason: opt(nul(oneOf(e0))) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_card_google_pay",
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
  schema as IssuingCardGooglePay,
  validateInput as validateIssuingCardGooglePay,
  isValid as isIssuingCardGooglePay,
  check as checkIssuingCardGooglePay,
  test as testIssuingCardGooglePay,
};
