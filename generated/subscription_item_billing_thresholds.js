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
import { int, nul, obj, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["usage_gte"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.usage_gte;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["usage_gte"], "integer", v0);
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
  const v0 = v.usage_gte;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ usage_gte: opt(nul(int())) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "subscription_item_billing_thresholds",
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
  schema as SubscriptionItemBillingThresholds,
  validateInput as validateSubscriptionItemBillingThresholds,
  isValid as isSubscriptionItemBillingThresholds,
  check as checkSubscriptionItemBillingThresholds,
  test as testSubscriptionItemBillingThresholds,
};
