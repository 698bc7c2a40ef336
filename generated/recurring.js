import {
  deeper,
  enter,
  isInt,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, oneOf, opt, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "last_during_period",
  "last_ever",
  "max",
  "sum",
]);
const e1 = /* @__PURE__ */ set(["day", "month", "week", "year"]);
const e2 = /* @__PURE__ */ set(["licensed", "metered"]);
const k0 = /* @__PURE__ */ set([
  "aggregate_usage",
  "interval",
  "interval_count",
  "usage_type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.aggregate_usage;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["aggregate_usage"], e0, v0, ok);
    }
  }
  const v1 = v.interval;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["interval"], v1, ok);
  } else {
    if (!e1.has(v1)) {
      ok = notInEnum(c, ["interval"], e1, v1, ok);
    }
  }
  const v2 = v.interval_count;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["interval_count"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["interval_count"], "integer", v2);
    }
  }
  const v3 = v.usage_type;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["usage_type"], v3, ok);
  } else {
    if (!e2.has(v3)) {
      ok = notInEnum(c, ["usage_type"], e2, v3, ok);
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
  const v0 = v.aggregate_usage;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) return false;
  }
  const v1 = v.interval;
  if (!e1.has(v1)) return false;
  const v2 = v.interval_count;
  if (!isInt(v2)) return false;
  const v3 = v.usage_type;
  if (!e2.has(v3)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    aggregate_usage: opt(nul(oneOf(e0))),
    interval: req(oneOf(e1)),
    interval_count: req(int()),
    usage_type: req(oneOf(e2)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "recurring",
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
  schema as Recurring,
  validateInput as validateRecurring,
  isValid as isRecurring,
  check as checkRecurring,
  test as testRecurring,
};
