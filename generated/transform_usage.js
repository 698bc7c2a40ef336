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
import { int, obj, oneOf, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["down", "up"]);
const k0 = /* @__PURE__ */ set(["divide_by", "round"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.divide_by;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["divide_by"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["divide_by"], "integer", v0);
    }
  }
  const v1 = v.round;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["round"], v1, ok);
  } else {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["round"], e0, v1, ok);
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
  const v0 = v.divide_by;
  if (!isInt(v0)) return false;
  const v1 = v.round;
  if (!e0.has(v1)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ divide_by: req(int()), round: req(oneOf(e0)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "transform_usage",
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
  schema as TransformUsage,
  validateInput as validateTransformUsage,
  isValid as isTransformUsage,
  check as checkTransformUsage,
  test as testTransformUsage,
};
