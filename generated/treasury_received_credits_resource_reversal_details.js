import {
  deeper,
  enter,
  isInt,
  isObject,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, oneOf, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "already_reversed",
  "deadline_passed",
  "network_restricted",
  "other",
  "source_flow_restricted",
]);
const k0 = /* @__PURE__ */ set(["deadline", "restricted_reason"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.deadline;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["deadline"], "integer", v0);
    }
  }
  const v1 = v.restricted_reason;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["restricted_reason"], e0, v1, ok);
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
  const v0 = v.deadline;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.restricted_reason;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    deadline: opt(nul(int("unix-time"))),
    restricted_reason: opt(nul(oneOf(e0))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_received_credits_resource_reversal_details",
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
  schema as TreasuryReceivedCreditsResourceReversalDetails,
  validateInput as validateTreasuryReceivedCreditsResourceReversalDetails,
  isValid as isTreasuryReceivedCreditsResourceReversalDetails,
  check as checkTreasuryReceivedCreditsResourceReversalDetails,
  test as testTreasuryReceivedCreditsResourceReversalDetails,
};
