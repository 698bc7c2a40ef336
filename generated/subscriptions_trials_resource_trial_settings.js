import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  SubscriptionsTrialsResourceEndBehavior,
  checkSubscriptionsTrialsResourceEndBehavior,
  testSubscriptionsTrialsResourceEndBehavior,
} from "./subscriptions_trials_resource_end_behavior.js";

const k0 = /* @__PURE__ */ set(["end_behavior"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.end_behavior;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["end_behavior"], v0, ok);
  } else {
    ok = into(
      c,
      checkSubscriptionsTrialsResourceEndBehavior,
      v0,
      ok,
      "end_behavior",
    );
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.end_behavior;
  if (!testSubscriptionsTrialsResourceEndBehavior(v0, c)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    end_behavior: req(ref(SubscriptionsTrialsResourceEndBehavior)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "subscriptions_trials_resource_trial_settings",
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
  schema as SubscriptionsTrialsResourceTrialSettings,
  validateInput as validateSubscriptionsTrialsResourceTrialSettings,
  isValid as isSubscriptionsTrialsResourceTrialSettings,
  check as checkSubscriptionsTrialsResourceTrialSettings,
  test as testSubscriptionsTrialsResourceTrialSettings,
};
