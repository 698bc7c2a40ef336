import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PortalFlowsRetention,
  checkPortalFlowsRetention,
  testPortalFlowsRetention,
} from "./portal_flows_retention.js";

const k0 = /* @__PURE__ */ set(["retention", "subscription"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.retention;
  if (v0 !== undefined && v0 !== null) {
    ok = into(c, checkPortalFlowsRetention, v0, ok, "retention");
  }
  const v1 = v.subscription;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["subscription"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["subscription"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["subscription"], 5000, v1);
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
  const v0 = v.retention;
  if (v0 !== undefined && v0 !== null) {
    if (!testPortalFlowsRetention(v0, c)) return false;
  }
  const v1 = v.subscription;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    retention: opt(nul(ref(PortalFlowsRetention))),
    subscription: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "portal_flows_flow_subscription_cancel",
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
  schema as PortalFlowsFlowSubscriptionCancel,
  validateInput as validatePortalFlowsFlowSubscriptionCancel,
  isValid as isPortalFlowsFlowSubscriptionCancel,
  check as checkPortalFlowsFlowSubscriptionCancel,
  test as testPortalFlowsFlowSubscriptionCancel,
};
