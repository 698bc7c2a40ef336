import {
  deeper,
  enter,
  full,
  isArray,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, list, obj, oneOf, req } from "./runtime/shape.js";
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
const k0 = /* @__PURE__ */ set(["enabled", "options"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.enabled;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["enabled"], v0, ok);
  } else {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["enabled"], "boolean", v0);
    }
  }
  const v1 = v.options;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["options"], v1, ok);
  } else {
    if (!isArray(v1)) {
      ok = wrongType(c, ["options"], "array", v1);
    } else {
      for (let i0 = 0; i0 < v1.length; i0++) {
        const v2 = v1[i0];
        if (!e0.has(v2)) {
          ok = notInEnum(c, ["options", i0], e0, v2, ok);
        }
        if (!ok && full(c)) break;
      }
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
  const v0 = v.enabled;
  if (typeof v0 !== "boolean") return false;
  const v1 = v.options;
  if (!isArray(v1)) return false;
  for (let i0 = 0; i0 < v1.length; i0++) {
    const v2 = v1[i0];
    if (!e0.has(v2)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ enabled: req(bool()), options: req(list(oneOf(e0))) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "portal_subscription_cancellation_reason",
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
  schema as PortalSubscriptionCancellationReason,
  validateInput as validatePortalSubscriptionCancellationReason,
  isValid as isPortalSubscriptionCancellationReason,
  check as checkPortalSubscriptionCancellationReason,
  test as testPortalSubscriptionCancellationReason,
};
