import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, obj, oneOf, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PortalSubscriptionCancellationReason,
  checkPortalSubscriptionCancellationReason,
  testPortalSubscriptionCancellationReason,
} from "./portal_subscription_cancellation_reason.js";

const e0 = /* @__PURE__ */ set(["at_period_end", "immediately"]);
const e1 = /* @__PURE__ */ set(["always_invoice", "create_prorations", "none"]);
const k0 = /* @__PURE__ */ set([
  "cancellation_reason",
  "enabled",
  "mode",
  "proration_behavior",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.cancellation_reason;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["cancellation_reason"], v0, ok);
  } else {
    ok = into(
      c,
      checkPortalSubscriptionCancellationReason,
      v0,
      ok,
      "cancellation_reason",
    );
  }
  const v1 = v.enabled;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["enabled"], v1, ok);
  } else {
    if (typeof v1 !== "boolean") {
      ok = wrongType(c, ["enabled"], "boolean", v1);
    }
  }
  const v2 = v.mode;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["mode"], v2, ok);
  } else {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["mode"], e0, v2, ok);
    }
  }
  const v3 = v.proration_behavior;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["proration_behavior"], v3, ok);
  } else {
    if (!e1.has(v3)) {
      ok = notInEnum(c, ["proration_behavior"], e1, v3, ok);
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
  const v0 = v.cancellation_reason;
  if (!testPortalSubscriptionCancellationReason(v0, c)) return false;
  const v1 = v.enabled;
  if (typeof v1 !== "boolean") return false;
  const v2 = v.mode;
  if (!e0.has(v2)) return false;
  const v3 = v.proration_behavior;
  if (!e1.has(v3)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    cancellation_reason: req(ref(PortalSubscriptionCancellationReason)),
    enabled: req(bool()),
    mode: req(oneOf(e0)),
    proration_behavior: req(oneOf(e1)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "portal_subscription_cancel",
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
  schema as PortalSubscriptionCancel,
  validateInput as validatePortalSubscriptionCancel,
  isValid as isPortalSubscriptionCancel,
  check as checkPortalSubscriptionCancel,
  test as testPortalSubscriptionCancel,
};
