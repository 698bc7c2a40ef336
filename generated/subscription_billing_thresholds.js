import {
  deeper,
  enter,
  isInt,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, int, nul, obj, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["amount_gte", "reset_billing_cycle_anchor"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount_gte;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount_gte"], "integer", v0);
    }
  }
  const v1 = v.reset_billing_cycle_anchor;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "boolean") {
      ok = wrongType(c, ["reset_billing_cycle_anchor"], "boolean", v1);
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
  const v0 = v.amount_gte;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.reset_billing_cycle_anchor;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "boolean") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount_gte: opt(nul(int())),
    reset_billing_cycle_anchor: opt(nul(bool())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "subscription_billing_thresholds",
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
  schema as SubscriptionBillingThresholds,
  validateInput as validateSubscriptionBillingThresholds,
  isValid as isSubscriptionBillingThresholds,
  check as checkSubscriptionBillingThresholds,
  test as testSubscriptionBillingThresholds,
};
