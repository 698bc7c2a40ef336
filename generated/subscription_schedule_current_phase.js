import {
  deeper,
  enter,
  isInt,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["end_date", "start_date"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.end_date;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["end_date"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["end_date"], "integer", v0);
    }
  }
  const v1 = v.start_date;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["start_date"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["start_date"], "integer", v1);
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
  const v0 = v.end_date;
  if (!isInt(v0)) return false;
  const v1 = v.start_date;
  if (!isInt(v1)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    end_date: req(int("unix-time")),
    start_date: req(int("unix-time")),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "subscription_schedule_current_phase",
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
  schema as SubscriptionScheduleCurrentPhase,
  validateInput as validateSubscriptionScheduleCurrentPhase,
  isValid as isSubscriptionScheduleCurrentPhase,
  check as checkSubscriptionScheduleCurrentPhase,
  test as testSubscriptionScheduleCurrentPhase,
};
