import {
  deeper,
  enter,
  isObject,
  longFail,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "customer_service",
  "low_quality",
  "missing_features",
  "other",
  "switched_service",
  "too_complex",
  "too_expensive",
  "unused",
]);
const e1 = /* @__PURE__ */ set([
  "cancellation_requested",
  "payment_disputed",
  "payment_failed",
]);
const k0 = /* @__PURE__ */ set(["comment", "feedback", "reason"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.comment;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["comment"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["comment"], 5000, v0);
    }
  }
  const v1 = v.feedback;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["feedback"], e0, v1, ok);
    }
  }
  const v2 = v.reason;
  if (v2 !== undefined && v2 !== null) {
    if (!e1.has(v2)) {
      ok = notInEnum(c, ["reason"], e1, v2, ok);
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
  const v0 = v.comment;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.feedback;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) return false;
  }
  const v2 = v.reason;
  if (v2 !== undefined && v2 !== null) {
    if (!e1.has(v2)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    comment: opt(nul(str())),
    feedback: opt(nul(oneOf(e0))),
    reason: opt(nul(oneOf(e1))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "cancellation_details",
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
  schema as CancellationDetails,
  validateInput as validateCancellationDetails,
  isValid as isCancellationDetails,
  check as checkCancellationDetails,
  test as testCancellationDetails,
};
