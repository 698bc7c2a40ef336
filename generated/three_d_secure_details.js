import {
  deeper,
  enter,
  isObject,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["challenge", "frictionless"]);
const e1 = /* @__PURE__ */ set([
  "attempt_acknowledged",
  "authenticated",
  "exempted",
  "failed",
  "not_supported",
  "processing_error",
]);
const e2 = /* @__PURE__ */ set([
  "abandoned",
  "bypassed",
  "canceled",
  "card_not_enrolled",
  "network_not_supported",
  "protocol_error",
  "rejected",
]);
const k0 = /* @__PURE__ */ set([
  "authentication_flow",
  "result",
  "result_reason",
  "version",
]);
const e3 = /* @__PURE__ */ set(["1.0.2", "2.1.0", "2.2.0"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.authentication_flow;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["authentication_flow"], e0, v0, ok);
    }
  }
  const v1 = v.result;
  if (v1 !== undefined && v1 !== null) {
    if (!e1.has(v1)) {
      ok = notInEnum(c, ["result"], e1, v1, ok);
    }
  }
  const v2 = v.result_reason;
  if (v2 !== undefined && v2 !== null) {
    if (!e2.has(v2)) {
      ok = notInEnum(c, ["result_reason"], e2, v2, ok);
    }
  }
  const v3 = v.version;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["version"], "string", v3);
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
  const v0 = v.authentication_flow;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) return false;
  }
  const v1 = v.result;
  if (v1 !== undefined && v1 !== null) {
    if (!e1.has(v1)) return false;
  }
  const v2 = v.result_reason;
  if (v2 !== undefined && v2 !== null) {
    if (!e2.has(v2)) return false;
  }
  const v3 = v.version;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    authentication_flow: opt(nul(oneOf(e0))),
    result: opt(nul(oneOf(e1))),
    result_reason: opt(nul(oneOf(e2))),
    version: opt(nul(oneOf(e3, true))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "three_d_secure_details",
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
  schema as ThreeDSecureDetails,
  validateInput as validateThreeDSecureDetails,
  isValid as isThreeDSecureDetails,
  check as checkThreeDSecureDetails,
  test as testThreeDSecureDetails,
};
