import {
  deeper,
  enter,
  isInt,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, int, nul, obj, opt, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "due_by",
  "has_evidence",
  "past_due",
  "submission_count",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.due_by;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["due_by"], "integer", v0);
    }
  }
  const v1 = v.has_evidence;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["has_evidence"], v1, ok);
  } else {
    if (typeof v1 !== "boolean") {
      ok = wrongType(c, ["has_evidence"], "boolean", v1);
    }
  }
  const v2 = v.past_due;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["past_due"], v2, ok);
  } else {
    if (typeof v2 !== "boolean") {
      ok = wrongType(c, ["past_due"], "boolean", v2);
    }
  }
  const v3 = v.submission_count;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["submission_count"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["submission_count"], "integer", v3);
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
  const v0 = v.due_by;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.has_evidence;
  if (typeof v1 !== "boolean") return false;
  const v2 = v.past_due;
  if (typeof v2 !== "boolean") return false;
  const v3 = v.submission_count;
  if (!isInt(v3)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    due_by: opt(nul(int("unix-time"))),
    has_evidence: req(bool()),
    past_due: req(bool()),
    submission_count: req(int()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "dispute_evidence_details",
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
  schema as DisputeEvidenceDetails,
  validateInput as validateDisputeEvidenceDetails,
  isValid as isDisputeEvidenceDetails,
  check as checkDisputeEvidenceDetails,
  test as testDisputeEvidenceDetails,
};
