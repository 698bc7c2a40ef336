import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  IssuingDisputeCanceledEvidence,
  checkIssuingDisputeCanceledEvidence,
  testIssuingDisputeCanceledEvidence,
} from "./issuing_dispute_canceled_evidence.js";
import {
  IssuingDisputeDuplicateEvidence,
  checkIssuingDisputeDuplicateEvidence,
  testIssuingDisputeDuplicateEvidence,
} from "./issuing_dispute_duplicate_evidence.js";
import {
  IssuingDisputeFraudulentEvidence,
  checkIssuingDisputeFraudulentEvidence,
  testIssuingDisputeFraudulentEvidence,
} from "./issuing_dispute_fraudulent_evidence.js";
import {
  IssuingDisputeMerchandiseNotAsDescribedEvidence,
  checkIssuingDisputeMerchandiseNotAsDescribedEvidence,
  testIssuingDisputeMerchandiseNotAsDescribedEvidence,
} from "./issuing_dispute_merchandise_not_as_described_evidence.js";
import {
  IssuingDisputeNotReceivedEvidence,
  checkIssuingDisputeNotReceivedEvidence,
  testIssuingDisputeNotReceivedEvidence,
} from "./issuing_dispute_not_received_evidence.js";
import {
  IssuingDisputeOtherEvidence,
  checkIssuingDisputeOtherEvidence,
  testIssuingDisputeOtherEvidence,
} from "./issuing_dispute_other_evidence.js";
import {
  IssuingDisputeServiceNotAsDescribedEvidence,
  checkIssuingDisputeServiceNotAsDescribedEvidence,
  testIssuingDisputeServiceNotAsDescribedEvidence,
} from "./issuing_dispute_service_not_as_described_evidence.js";

const k0 = /* @__PURE__ */ set([
  "canceled",
  "duplicate",
  "fraudulent",
  "merchandise_not_as_described",
  "not_received",
  "other",
  "reason",
  "service_not_as_described",
]);
const e0 = /* @__PURE__ */ set([
  "canceled",
  "duplicate",
  "fraudulent",
  "merchandise_not_as_described",
  "not_received",
  "other",
  "service_not_as_described",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.canceled;
  if (v0 !== undefined) {
    ok = into(c, checkIssuingDisputeCanceledEvidence, v0, ok, "canceled");
  }
  const v1 = v.duplicate;
  if (v1 !== undefined) {
    ok = into(c, checkIssuingDisputeDuplicateEvidence, v1, ok, "duplicate");
  }
  const v2 = v.fraudulent;
  if (v2 !== undefined) {
    ok = into(c, checkIssuingDisputeFraudulentEvidence, v2, ok, "fraudulent");
  }
  const v3 = v.merchandise_not_as_described;
  if (v3 !== undefined) {
    ok = into(
      c,
      checkIssuingDisputeMerchandiseNotAsDescribedEvidence,
      v3,
      ok,
      "merchandise_not_as_described",
    );
  }
  const v4 = v.not_received;
  if (v4 !== undefined) {
    ok = into(
      c,
      checkIssuingDisputeNotReceivedEvidence,
      v4,
      ok,
      "not_received",
    );
  }
  const v5 = v.other;
  if (v5 !== undefined) {
    ok = into(c, checkIssuingDisputeOtherEvidence, v5, ok, "other");
  }
  const v6 = v.reason;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["reason"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["reason"], "string", v6);
    }
  }
  const v7 = v.service_not_as_described;
  if (v7 !== undefined) {
    ok = into(
      c,
      checkIssuingDisputeServiceNotAsDescribedEvidence,
      v7,
      ok,
      "service_not_as_described",
    );
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.canceled;
  if (v0 !== undefined) {
    if (!testIssuingDisputeCanceledEvidence(v0, c)) return false;
  }
  const v1 = v.duplicate;
  if (v1 !== undefined) {
    if (!testIssuingDisputeDuplicateEvidence(v1, c)) return false;
  }
  const v2 = v.fraudulent;
  if (v2 !== undefined) {
    if (!testIssuingDisputeFraudulentEvidence(v2, c)) return false;
  }
  const v3 = v.merchandise_not_as_described;
  if (v3 !== undefined) {
    if (!testIssuingDisputeMerchandiseNotAsDescribedEvidence(v3, c))
      return false;
  }
  const v4 = v.not_received;
  if (v4 !== undefined) {
    if (!testIssuingDisputeNotReceivedEvidence(v4, c)) return false;
  }
  const v5 = v.other;
  if (v5 !== undefined) {
    if (!testIssuingDisputeOtherEvidence(v5, c)) return false;
  }
  const v6 = v.reason;
  if (typeof v6 !== "string") return false;
  const v7 = v.service_not_as_described;
  if (v7 !== undefined) {
    if (!testIssuingDisputeServiceNotAsDescribedEvidence(v7, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    canceled: opt(ref(IssuingDisputeCanceledEvidence)),
    duplicate: opt(ref(IssuingDisputeDuplicateEvidence)),
    fraudulent: opt(ref(IssuingDisputeFraudulentEvidence)),
    merchandise_not_as_described: opt(
      ref(IssuingDisputeMerchandiseNotAsDescribedEvidence),
    ),
    not_received: opt(ref(IssuingDisputeNotReceivedEvidence)),
    other: opt(ref(IssuingDisputeOtherEvidence)),
    reason: req(oneOf(e0, true)),
    service_not_as_described: opt(
      ref(IssuingDisputeServiceNotAsDescribedEvidence),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_dispute_evidence",
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
  schema as IssuingDisputeEvidence,
  validateInput as validateIssuingDisputeEvidence,
  isValid as isIssuingDisputeEvidence,
  check as checkIssuingDisputeEvidence,
  test as testIssuingDisputeEvidence,
};
