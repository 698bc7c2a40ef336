import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  LegalEntityPersonVerificationDocument,
  checkLegalEntityPersonVerificationDocument,
  testLegalEntityPersonVerificationDocument,
} from "./legal_entity_person_verification_document.js";

const k0 = /* @__PURE__ */ set([
  "additional_document",
  "details",
  "details_code",
  "document",
  "status",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.additional_document;
  if (v0 !== undefined && v0 !== null) {
    ok = into(
      c,
      checkLegalEntityPersonVerificationDocument,
      v0,
      ok,
      "additional_document",
    );
  }
  const v1 = v.details;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["details"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["details"], 5000, v1);
    }
  }
  const v2 = v.details_code;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["details_code"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["details_code"], 5000, v2);
    }
  }
  const v3 = v.document;
  if (v3 !== undefined) {
    ok = into(
      c,
      checkLegalEntityPersonVerificationDocument,
      v3,
      ok,
      "document",
    );
  }
  const v4 = v.status;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["status"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["status"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["status"], 5000, v4);
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
  const v0 = v.additional_document;
  if (v0 !== undefined && v0 !== null) {
    if (!testLegalEntityPersonVerificationDocument(v0, c)) return false;
  }
  const v1 = v.details;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.details_code;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.document;
  if (v3 !== undefined) {
    if (!testLegalEntityPersonVerificationDocument(v3, c)) return false;
  }
  const v4 = v.status;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    additional_document: opt(nul(ref(LegalEntityPersonVerificationDocument))),
    details: opt(nul(str())),
    details_code: opt(nul(str())),
    document: opt(ref(LegalEntityPersonVerificationDocument)),
    status: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "legal_entity_person_verification",
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
  schema as LegalEntityPersonVerification,
  validateInput as validateLegalEntityPersonVerification,
  isValid as isLegalEntityPersonVerification,
  check as checkLegalEntityPersonVerification,
  test as testLegalEntityPersonVerification,
};
