import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  LegalEntityCompanyVerificationDocument,
  checkLegalEntityCompanyVerificationDocument,
  testLegalEntityCompanyVerificationDocument,
} from "./legal_entity_company_verification_document.js";

const k0 = /* @__PURE__ */ set(["document"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.document;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["document"], v0, ok);
  } else {
    ok = into(
      c,
      checkLegalEntityCompanyVerificationDocument,
      v0,
      ok,
      "document",
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
  const v0 = v.document;
  if (!testLegalEntityCompanyVerificationDocument(v0, c)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ document: req(ref(LegalEntityCompanyVerificationDocument)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "legal_entity_company_verification",
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
  schema as LegalEntityCompanyVerification,
  validateInput as validateLegalEntityCompanyVerification,
  isValid as isLegalEntityCompanyVerification,
  check as checkLegalEntityCompanyVerification,
  test as testLegalEntityCompanyVerification,
};
