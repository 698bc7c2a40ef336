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
  IssuingCardholderIdDocument,
  checkIssuingCardholderIdDocument,
  testIssuingCardholderIdDocument,
} from "./issuing_cardholder_id_document.js";

const k0 = /* @__PURE__ */ set(["document"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.document;
  if (v0 !== undefined && v0 !== null) {
    ok = into(c, checkIssuingCardholderIdDocument, v0, ok, "document");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.document;
  if (v0 !== undefined && v0 !== null) {
    if (!testIssuingCardholderIdDocument(v0, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ document: opt(nul(ref(IssuingCardholderIdDocument))) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_cardholder_verification",
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
  schema as IssuingCardholderVerification,
  validateInput as validateIssuingCardholderVerification,
  isValid as isIssuingCardholderVerification,
  check as checkIssuingCardholderVerification,
  test as testIssuingCardholderVerification,
};
