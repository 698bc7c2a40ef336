import {
  deeper,
  enter,
  isInt,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "delay_days",
  "interval",
  "monthly_anchor",
  "weekly_anchor",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.delay_days;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["delay_days"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["delay_days"], "integer", v0);
    }
  }
  const v1 = v.interval;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["interval"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["interval"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["interval"], 5000, v1);
    }
  }
  const v2 = v.monthly_anchor;
  if (v2 !== undefined) {
    if (!isInt(v2)) {
      ok = wrongType(c, ["monthly_anchor"], "integer", v2);
    }
  }
  const v3 = v.weekly_anchor;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["weekly_anchor"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["weekly_anchor"], 5000, v3);
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
  const v0 = v.delay_days;
  if (!isInt(v0)) return false;
  const v1 = v.interval;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.monthly_anchor;
  if (v2 !== undefined) {
    if (!isInt(v2)) return false;
  }
  const v3 = v.weekly_anchor;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    delay_days: req(int()),
    interval: req(str()),
    monthly_anchor: opt(int()),
    weekly_anchor: opt(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "transfer_schedule",
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
  schema as TransferSchedule,
  validateInput as validateTransferSchedule,
  isValid as isTransferSchedule,
  check as checkTransferSchedule,
  test as testTransferSchedule,
};
