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

const k0 = /* @__PURE__ */ set(["back", "front"]);

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
  const v1 = v.front;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) {
        ok = longFail(c, ["front"], 5000, v1);
      }
    } else if (isObject(v1)) {
      ok = into(c, checkFile, v1, ok, "front");
    } else {
      ok = wrongType(c, ["front"], "string | object", v1);
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
  const v1 = v.front;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) return false;
    } else if (isObject(v1)) {
      if (!testFile(v1, c)) return false;
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
    front: opt(nul(union(str(), ref(File)))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_cardholder_id_document",
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
  schema as IssuingCardholderIdDocument,
  validateInput as validateIssuingCardholderIdDocument,
  isValid as isIssuingCardholderIdDocument,
  check as checkIssuingCardholderIdDocument,
  test as testIssuingCardholderIdDocument,
};
