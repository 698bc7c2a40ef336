import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt, ref, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { File, checkFile, testFile } from "./file.js";

const e0 = /* @__PURE__ */ set(["merchandise", "service"]);
const k0 = /* @__PURE__ */ set([
  "additional_documentation",
  "explanation",
  "product_description",
  "product_type",
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
  const v1 = v.explanation;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["explanation"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["explanation"], 5000, v1);
    }
  }
  const v2 = v.product_description;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["product_description"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["product_description"], 5000, v2);
    }
  }
  const v3 = v.product_type;
  if (v3 !== undefined && v3 !== null) {
    if (!e0.has(v3)) {
      ok = notInEnum(c, ["product_type"], e0, v3, ok);
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
  const v1 = v.explanation;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.product_description;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.product_type;
  if (v3 !== undefined && v3 !== null) {
    if (!e0.has(v3)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    additional_documentation: opt(nul(union(str(), ref(File)))),
    explanation: opt(nul(str())),
    product_description: opt(nul(str())),
    product_type: opt(nul(oneOf(e0))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_dispute_other_evidence",
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
  schema as IssuingDisputeOtherEvidence,
  validateInput as validateIssuingDisputeOtherEvidence,
  isValid as isIssuingDisputeOtherEvidence,
  check as checkIssuingDisputeOtherEvidence,
  test as testIssuingDisputeOtherEvidence,
};
