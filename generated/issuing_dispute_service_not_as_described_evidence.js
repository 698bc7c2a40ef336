import {
  deeper,
  enter,
  into,
  isInt,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, opt, ref, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { File, checkFile, testFile } from "./file.js";

const k0 = /* @__PURE__ */ set([
  "additional_documentation",
  "canceled_at",
  "cancellation_reason",
  "explanation",
  "received_at",
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
  const v1 = v.canceled_at;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["canceled_at"], "integer", v1);
    }
  }
  const v2 = v.cancellation_reason;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["cancellation_reason"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["cancellation_reason"], 5000, v2);
    }
  }
  const v3 = v.explanation;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["explanation"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["explanation"], 5000, v3);
    }
  }
  const v4 = v.received_at;
  if (v4 !== undefined && v4 !== null) {
    if (!isInt(v4)) {
      ok = wrongType(c, ["received_at"], "integer", v4);
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
  const v1 = v.canceled_at;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
  }
  const v2 = v.cancellation_reason;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.explanation;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.received_at;
  if (v4 !== undefined && v4 !== null) {
    if (!isInt(v4)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    additional_documentation: opt(nul(union(str(), ref(File)))),
    canceled_at: opt(nul(int("unix-time"))),
    cancellation_reason: opt(nul(str())),
    explanation: opt(nul(str())),
    received_at: opt(nul(int("unix-time"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_dispute_service_not_as_described_evidence",
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
  schema as IssuingDisputeServiceNotAsDescribedEvidence,
  validateInput as validateIssuingDisputeServiceNotAsDescribedEvidence,
  isValid as isIssuingDisputeServiceNotAsDescribedEvidence,
  check as checkIssuingDisputeServiceNotAsDescribedEvidence,
  test as testIssuingDisputeServiceNotAsDescribedEvidence,
};
