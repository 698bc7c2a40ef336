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

const k0 = /* @__PURE__ */ set([
  "additional_documentation",
  "card_statement",
  "cash_receipt",
  "check_image",
  "explanation",
  "original_transaction",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.additional_documentation;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) {
        ok = longFail(c, ["additional_documentation"], 5000, v0);
      }
    } else if (isObject(v0)) {
      ok = into(c, checkFile, v0, ok, "additional_documentation");
    } else {
      ok = wrongType(c, ["additional_documentation"], "string | object", v0);
    }
  }
  const v1 = v.card_statement;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) {
        ok = longFail(c, ["card_statement"], 5000, v1);
      }
    } else if (isObject(v1)) {
      ok = into(c, checkFile, v1, ok, "card_statement");
    } else {
      ok = wrongType(c, ["card_statement"], "string | object", v1);
    }
  }
  const v2 = v.cash_receipt;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) {
        ok = longFail(c, ["cash_receipt"], 5000, v2);
      }
    } else if (isObject(v2)) {
      ok = into(c, checkFile, v2, ok, "cash_receipt");
    } else {
      ok = wrongType(c, ["cash_receipt"], "string | object", v2);
    }
  }
  const v3 = v.check_image;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) {
        ok = longFail(c, ["check_image"], 5000, v3);
      }
    } else if (isObject(v3)) {
      ok = into(c, checkFile, v3, ok, "check_image");
    } else {
      ok = wrongType(c, ["check_image"], "string | object", v3);
    }
  }
  const v4 = v.explanation;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["explanation"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["explanation"], 5000, v4);
    }
  }
  const v5 = v.original_transaction;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["original_transaction"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["original_transaction"], 5000, v5);
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
  const v0 = v.additional_documentation;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) return false;
    } else if (isObject(v0)) {
      if (!testFile(v0, c)) return false;
    } else {
      return false;
    }
  }
  const v1 = v.card_statement;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) return false;
    } else if (isObject(v1)) {
      if (!testFile(v1, c)) return false;
    } else {
      return false;
    }
  }
  const v2 = v.cash_receipt;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) return false;
    } else if (isObject(v2)) {
      if (!testFile(v2, c)) return false;
    } else {
      return false;
    }
  }
  const v3 = v.check_image;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) return false;
    } else if (isObject(v3)) {
      if (!testFile(v3, c)) return false;
    } else {
      return false;
    }
  }
  const v4 = v.explanation;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.original_transaction;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    additional_documentation: opt(nul(union(str(), ref(File)))),
    card_statement: opt(nul(union(str(), ref(File)))),
    cash_receipt: opt(nul(union(str(), ref(File)))),
    check_image: opt(nul(union(str(), ref(File)))),
    explanation: opt(nul(str())),
    original_transaction: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_dispute_duplicate_evidence",
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
  schema as IssuingDisputeDuplicateEvidence,
  validateInput as validateIssuingDisputeDuplicateEvidence,
  isValid as isIssuingDisputeDuplicateEvidence,
  check as checkIssuingDisputeDuplicateEvidence,
  test as testIssuingDisputeDuplicateEvidence,
};
