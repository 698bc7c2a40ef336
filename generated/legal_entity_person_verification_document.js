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
import { nul, obj, opt, ref, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { File, checkFile, testFile } from "./file.js";

const k0 = /* @__PURE__ */ set(["back", "details", "details_code", "front"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.back;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) {
        ok = longFail(c, ["back"], 5000, v0);
      }
    } else if (isObject(v0)) {
      ok = into(c, checkFile, v0, ok, "back");
    } else {
      ok = wrongType(c, ["back"], "string | object", v0);
    }
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
  const v3 = v.front;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) {
        ok = longFail(c, ["front"], 5000, v3);
      }
    } else if (isObject(v3)) {
      ok = into(c, checkFile, v3, ok, "front");
    } else {
      ok = wrongType(c, ["front"], "string | object", v3);
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
  const v0 = v.back;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) return false;
    } else if (isObject(v0)) {
      if (!testFile(v0, c)) return false;
    } else {
      return false;
    }
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
  const v3 = v.front;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) return false;
    } else if (isObject(v3)) {
      if (!testFile(v3, c)) return false;
    } else {
      return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    back: opt(nul(union(str(), ref(File)))),
    details: opt(nul(str())),
    details_code: opt(nul(str())),
    front: opt(nul(union(str(), ref(File)))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "legal_entity_person_verification_document",
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
  schema as LegalEntityPersonVerificationDocument,
  validateInput as validateLegalEntityPersonVerificationDocument,
  isValid as isLegalEntityPersonVerificationDocument,
  check as checkLegalEntityPersonVerificationDocument,
  test as testLegalEntityPersonVerificationDocument,
};
