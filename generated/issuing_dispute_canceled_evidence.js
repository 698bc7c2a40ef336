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
import {
  bool,
  int,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  str,
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { File, checkFile, testFile } from "./file.js";

const e0 = /* @__PURE__ */ set(["merchandise", "service"]);
const e1 = /* @__PURE__ */ set(["merchant_rejected", "successful"]);
const k0 = /* @__PURE__ */ set([
  "additional_documentation",
  "canceled_at",
  "cancellation_policy_provided",
  "cancellation_reason",
  "expected_at",
  "explanation",
  "product_description",
  "product_type",
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
  const v1 = v.canceled_at;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["canceled_at"], "integer", v1);
    }
  }
  const v2 = v.cancellation_policy_provided;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "boolean") {
      ok = wrongType(c, ["cancellation_policy_provided"], "boolean", v2);
    }
  }
  const v3 = v.cancellation_reason;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["cancellation_reason"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["cancellation_reason"], 5000, v3);
    }
  }
  const v4 = v.expected_at;
  if (v4 !== undefined && v4 !== null) {
    if (!isInt(v4)) {
      ok = wrongType(c, ["expected_at"], "integer", v4);
    }
  }
  const v5 = v.explanation;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["explanation"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["explanation"], 5000, v5);
    }
  }
  const v6 = v.product_description;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["product_description"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["product_description"], 5000, v6);
    }
  }
  const v7 = v.product_type;
  if (v7 !== undefined && v7 !== null) {
    if (!e0.has(v7)) {
      ok = notInEnum(c, ["product_type"], e0, v7, ok);
    }
  }
  const v8 = v.return_status;
  if (v8 !== undefined && v8 !== null) {
    if (!e1.has(v8)) {
      ok = notInEnum(c, ["return_status"], e1, v8, ok);
    }
  }
  const v9 = v.returned_at;
  if (v9 !== undefined && v9 !== null) {
    if (!isInt(v9)) {
      ok = wrongType(c, ["returned_at"], "integer", v9);
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
  const v2 = v.cancellation_policy_provided;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "boolean") return false;
  }
  const v3 = v.cancellation_reason;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.expected_at;
  if (v4 !== undefined && v4 !== null) {
    if (!isInt(v4)) return false;
  }
  const v5 = v.explanation;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.product_description;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.product_type;
  if (v7 !== undefined && v7 !== null) {
    if (!e0.has(v7)) return false;
  }
  const v8 = v.return_status;
  if (v8 !== undefined && v8 !== null) {
    if (!e1.has(v8)) return false;
  }
  const v9 = v.returned_at;
  if (v9 !== undefined && v9 !== null) {
    if (!isInt(v9)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    additional_documentation: opt(nul(union(str(), ref(File)))),
    canceled_at: opt(nul(int("unix-time"))),
    cancellation_policy_provided: opt(nul(bool())),
    cancellation_reason: opt(nul(str())),
    expected_at: opt(nul(int("unix-time"))),
    explanation: opt(nul(str())),
    product_description: opt(nul(str())),
    product_type: opt(nul(oneOf(e0))),
    return_status: opt(nul(oneOf(e1))),
    returned_at: opt(nul(int("unix-time"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_dispute_canceled_evidence",
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
  schema as IssuingDisputeCanceledEvidence,
  validateInput as validateIssuingDisputeCanceledEvidence,
  isValid as isIssuingDisputeCanceledEvidence,
  check as checkIssuingDisputeCanceledEvidence,
  test as testIssuingDisputeCanceledEvidence,
};
