import {
  deeper,
  enter,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["cancel", "create_invoice", "pause"]);
const k0 = /* @__PURE__ */ set(["missing_payment_method"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.missing_payment_method;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["missing_payment_method"], v0, ok);
  } else {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["missing_payment_method"], e0, v0, ok);
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
  const v0 = v.missing_payment_method;
  if (!e0.has(v0)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ missing_payment_method: req(oneOf(e0)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "subscriptions_trials_resource_end_behavior",
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
  schema as SubscriptionsTrialsResourceEndBehavior,
  validateInput as validateSubscriptionsTrialsResourceEndBehavior,
  isValid as isSubscriptionsTrialsResourceEndBehavior,
  check as checkSubscriptionsTrialsResourceEndBehavior,
  test as testSubscriptionsTrialsResourceEndBehavior,
};
