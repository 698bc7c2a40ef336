import {
  deeper,
  enter,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { any, obj, opt, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["object", "previous_attributes"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.object;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["object"], v0, ok);
  } else {
    if (!isObject(v0)) {
      ok = wrongType(c, ["object"], "object", v0);
    } else {
    }
  }
  const v1 = v.previous_attributes;
  if (v1 !== undefined) {
    if (!isObject(v1)) {
      ok = wrongType(c, ["previous_attributes"], "object", v1);
    } else {
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
  const v0 = v.object;
  if (!isObject(v0)) return false;
  const v1 = v.previous_attributes;
  if (v1 !== undefined) {
    if (!isObject(v1)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ object: req(any()), previous_attributes: opt(any()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "notification_event_data",
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
  schema as NotificationEventData,
  validateInput as validateNotificationEventData,
  isValid as isNotificationEventData,
  check as checkNotificationEventData,
  test as testNotificationEventData,
};
