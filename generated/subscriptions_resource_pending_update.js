import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isInt,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, int, list, nul, obj, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  SubscriptionItem,
  checkSubscriptionItem,
  testSubscriptionItem,
} from "./subscription_item.js";

const k0 = /* @__PURE__ */ set([
  "billing_cycle_anchor",
  "expires_at",
  "subscription_items",
  "trial_end",
  "trial_from_plan",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.billing_cycle_anchor;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["billing_cycle_anchor"], "integer", v0);
    }
  }
  const v1 = v.expires_at;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["expires_at"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["expires_at"], "integer", v1);
    }
  }
  const v2 = v.subscription_items;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) {
      ok = wrongType(c, ["subscription_items"], "array", v2);
    } else {
      for (let i0 = 0; i0 < v2.length; i0++) {
        const v3 = v2[i0];
        ok = into(c, checkSubscriptionItem, v3, ok, "subscription_items", i0);
        if (!ok && full(c)) break;
      }
    }
  }
  const v4 = v.trial_end;
  if (v4 !== undefined && v4 !== null) {
    if (!isInt(v4)) {
      ok = wrongType(c, ["trial_end"], "integer", v4);
    }
  }
  const v5 = v.trial_from_plan;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "boolean") {
      ok = wrongType(c, ["trial_from_plan"], "boolean", v5);
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
  const v0 = v.billing_cycle_anchor;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.expires_at;
  if (!isInt(v1)) return false;
  const v2 = v.subscription_items;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) return false;
    for (let i0 = 0; i0 < v2.length; i0++) {
      const v3 = v2[i0];
      if (!testSubscriptionItem(v3, c)) return false;
    }
  }
  const v4 = v.trial_end;
  if (v4 !== undefined && v4 !== null) {
    if (!isInt(v4)) return false;
  }
  const v5 = v.trial_from_plan;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "boolean") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    billing_cycle_anchor: opt(nul(int("unix-time"))),
    expires_at: req(int("unix-time")),
    subscription_items: opt(nul(list(ref(SubscriptionItem)))),
    trial_end: opt(nul(int("unix-time"))),
    trial_from_plan: opt(nul(bool())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "subscriptions_resource_pending_update",
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
  schema as SubscriptionsResourcePendingUpdate,
  validateInput as validateSubscriptionsResourcePendingUpdate,
  isValid as isSubscriptionsResourcePendingUpdate,
  check as checkSubscriptionsResourcePendingUpdate,
  test as testSubscriptionsResourcePendingUpdate,
};
