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
import { nul, obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PortalFlowsFlowAfterCompletion,
  checkPortalFlowsFlowAfterCompletion,
  testPortalFlowsFlowAfterCompletion,
} from "./portal_flows_flow_after_completion.js";
import {
  PortalFlowsFlowSubscriptionCancel,
  checkPortalFlowsFlowSubscriptionCancel,
  testPortalFlowsFlowSubscriptionCancel,
} from "./portal_flows_flow_subscription_cancel.js";
import {
  PortalFlowsFlowSubscriptionUpdate,
  checkPortalFlowsFlowSubscriptionUpdate,
  testPortalFlowsFlowSubscriptionUpdate,
} from "./portal_flows_flow_subscription_update.js";
import {
  PortalFlowsFlowSubscriptionUpdateConfirm,
  checkPortalFlowsFlowSubscriptionUpdateConfirm,
  testPortalFlowsFlowSubscriptionUpdateConfirm,
} from "./portal_flows_flow_subscription_update_confirm.js";

const e0 = /* @__PURE__ */ set([
  "payment_method_update",
  "subscription_cancel",
  "subscription_update",
  "subscription_update_confirm",
]);
const k0 = /* @__PURE__ */ set([
  "after_completion",
  "subscription_cancel",
  "subscription_update",
  "subscription_update_confirm",
  "type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.after_completion;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["after_completion"], v0, ok);
  } else {
    ok = into(
      c,
      checkPortalFlowsFlowAfterCompletion,
      v0,
      ok,
      "after_completion",
    );
  }
  const v1 = v.subscription_cancel;
  if (v1 !== undefined && v1 !== null) {
    ok = into(
      c,
      checkPortalFlowsFlowSubscriptionCancel,
      v1,
      ok,
      "subscription_cancel",
    );
  }
  const v2 = v.subscription_update;
  if (v2 !== undefined && v2 !== null) {
    ok = into(
      c,
      checkPortalFlowsFlowSubscriptionUpdate,
      v2,
      ok,
      "subscription_update",
    );
  }
  const v3 = v.subscription_update_confirm;
  if (v3 !== undefined && v3 !== null) {
    ok = into(
      c,
      checkPortalFlowsFlowSubscriptionUpdateConfirm,
      v3,
      ok,
      "subscription_update_confirm",
    );
  }
  const v4 = v.type;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["type"], v4, ok);
  } else {
    if (!e0.has(v4)) {
      ok = notInEnum(c, ["type"], e0, v4, ok);
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
  const v0 = v.after_completion;
  if (!testPortalFlowsFlowAfterCompletion(v0, c)) return false;
  const v1 = v.subscription_cancel;
  if (v1 !== undefined && v1 !== null) {
    if (!testPortalFlowsFlowSubscriptionCancel(v1, c)) return false;
  }
  const v2 = v.subscription_update;
  if (v2 !== undefined && v2 !== null) {
    if (!testPortalFlowsFlowSubscriptionUpdate(v2, c)) return false;
  }
  const v3 = v.subscription_update_confirm;
  if (v3 !== undefined && v3 !== null) {
    if (!testPortalFlowsFlowSubscriptionUpdateConfirm(v3, c)) return false;
  }
  const v4 = v.type;
  if (!e0.has(v4)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    after_completion: req(ref(PortalFlowsFlowAfterCompletion)),
    subscription_cancel: opt(nul(ref(PortalFlowsFlowSubscriptionCancel))),
    subscription_update: opt(nul(ref(PortalFlowsFlowSubscriptionUpdate))),
    subscription_update_confirm: opt(
      nul(ref(PortalFlowsFlowSubscriptionUpdateConfirm)),
    ),
    type: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "portal_flows_flow",
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
  schema as PortalFlowsFlow,
  validateInput as validatePortalFlowsFlow,
  isValid as isPortalFlowsFlow,
  check as checkPortalFlowsFlow,
  test as testPortalFlowsFlow,
};
