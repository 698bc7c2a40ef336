import {
  deeper,
  enter,
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
import { bool, int, obj, oneOf, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["usage_record"]);
const k0 = /* @__PURE__ */ set([
  "id",
  "livemode",
  "object",
  "quantity",
  "subscription_item",
  "timestamp",
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
  const v1 = v.livemode;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["livemode"], v1, ok);
  } else {
    if (typeof v1 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v1);
    }
  }
  const v2 = v.object;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["object"], v2, ok);
  } else {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["object"], e0, v2, ok);
    }
  }
  const v3 = v.quantity;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["quantity"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["quantity"], "integer", v3);
    }
  }
  const v4 = v.subscription_item;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["subscription_item"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["subscription_item"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["subscription_item"], 5000, v4);
    }
  }
  const v5 = v.timestamp;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["timestamp"], v5, ok);
  } else {
    if (!isInt(v5)) {
      ok = wrongType(c, ["timestamp"], "integer", v5);
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
  const v1 = v.livemode;
  if (typeof v1 !== "boolean") return false;
  const v2 = v.object;
  if (v2 !== "usage_record") return false;
  const v3 = v.quantity;
  if (!isInt(v3)) return false;
  const v4 = v.subscription_item;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.timestamp;
  if (!isInt(v5)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    id: req(str()),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    quantity: req(int()),
    subscription_item: req(str()),
    timestamp: req(int("unix-time")),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "usage_record",
  branch: "usage_record",
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
  schema as UsageRecord,
  validateInput as validateUsageRecord,
  isValid as isUsageRecord,
  check as checkUsageRecord,
  test as testUsageRecord,
};
