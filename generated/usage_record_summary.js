import {
  deeper,
  enter,
  into,
  isInt,
  isObject,
  longFail,
  missing,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import {
  bool,
  int,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Period, checkPeriod, testPeriod } from "./period.js";

const e0 = /* @__PURE__ */ set(["usage_record_summary"]);
const k0 = /* @__PURE__ */ set([
  "id",
  "invoice",
  "livemode",
  "object",
  "period",
  "subscription_item",
  "total_usage",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.id;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["id"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["id"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["id"], 5000, v0);
    }
  }
  const v1 = v.invoice;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["invoice"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["invoice"], 5000, v1);
    }
  }
  const v2 = v.livemode;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["livemode"], v2, ok);
  } else {
    if (typeof v2 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v2);
    }
  }
  const v3 = v.object;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["object"], v3, ok);
  } else {
    if (!e0.has(v3)) {
      ok = notInEnum(c, ["object"], e0, v3, ok);
    }
  }
  const v4 = v.period;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["period"], v4, ok);
  } else {
    ok = into(c, checkPeriod, v4, ok, "period");
  }
  const v5 = v.subscription_item;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["subscription_item"], v5, ok);
  } else {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["subscription_item"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["subscription_item"], 5000, v5);
    }
  }
  const v6 = v.total_usage;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["total_usage"], v6, ok);
  } else {
    if (!isInt(v6)) {
      ok = wrongType(c, ["total_usage"], "integer", v6);
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
  const v0 = v.id;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.invoice;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.livemode;
  if (typeof v2 !== "boolean") return false;
  const v3 = v.object;
  if (v3 !== "usage_record_summary") return false;
  const v4 = v.period;
  if (!testPeriod(v4, c)) return false;
  const v5 = v.subscription_item;
  if (typeof v5 !== "string") return false;
  if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  const v6 = v.total_usage;
  if (!isInt(v6)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    id: req(str()),
    invoice: opt(nul(str())),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    period: req(ref(Period)),
    subscription_item: req(str()),
    total_usage: req(int()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "usage_record_summary",
  branch: "usage_record_summary",
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
  schema as UsageRecordSummary,
  validateInput as validateUsageRecordSummary,
  isValid as isUsageRecordSummary,
  check as checkUsageRecordSummary,
  test as testUsageRecordSummary,
};
