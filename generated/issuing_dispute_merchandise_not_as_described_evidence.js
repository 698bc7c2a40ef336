import {
  deeper,
  enter,
  into,
  isInt,
  isObject,
  longFail,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, oneOf, opt, ref, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { File, checkFile, testFile } from "./file.js";

const e0 = /* @__PURE__ */ set(["merchant_rejected", "successful"]);
const k0 = /* @__PURE__ */ set([
  "additional_documentation",
  "explanation",
  "received_at",
  "return_description",
  "return_status",
  "returned_at",
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
  const v2 = v.received_at;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) {
      ok = wrongType(c, ["received_at"], "integer", v2);
    }
  }
  const v3 = v.return_description;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["return_description"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["return_description"], 5000, v3);
    }
  }
  const v4 = v.return_status;
  if (v4 !== undefined && v4 !== null) {
    if (!e0.has(v4)) {
      ok = notInEnum(c, ["return_status"], e0, v4, ok);
    }
  }
  const v5 = v.returned_at;
  if (v5 !== undefined && v5 !== null) {
    if (!isInt(v5)) {
      ok = wrongType(c, ["returned_at"], "integer", v5);
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
  const v2 = v.received_at;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) return false;
  }
  const v3 = v.return_description;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.return_status;
  if (v4 !== undefined && v4 !== null) {
    if (!e0.has(v4)) return false;
  }
  const v5 = v.returned_at;
  if (v5 !== undefined && v5 !== null) {
    if (!isInt(v5)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    additional_documentation: opt(nul(union(str(), ref(File)))),
    explanation: opt(nul(str())),
    received_at: opt(nul(int("unix-time"))),
    return_description: opt(nul(str())),
    return_status: opt(nul(oneOf(e0))),
    returned_at: opt(nul(int("unix-time"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_dispute_merchandise_not_as_described_evidence",
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
  schema as IssuingDisputeMerchandiseNotAsDescribedEvidence,
  validateInput as validateIssuingDisputeMerchandiseNotAsDescribedEvidence,
  isValid as isIssuingDisputeMerchandiseNotAsDescribedEvidence,
  check as checkIssuingDisputeMerchandiseNotAsDescribedEvidence,
  test as testIssuingDisputeMerchandiseNotAsDescribedEvidence,
};
