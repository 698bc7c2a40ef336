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

const k0 = /* @__PURE__ */ set(["maximum", "minimum", "preset"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.maximum;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["maximum"], "integer", v0);
    }
  }
  const v1 = v.minimum;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["minimum"], "integer", v1);
    }
  }
  const v2 = v.preset;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) {
      ok = wrongType(c, ["preset"], "integer", v2);
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
  const v0 = v.maximum;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.minimum;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
  }
  const v2 = v.preset;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    maximum: opt(nul(int())),
    minimum: opt(nul(int())),
    preset: opt(nul(int())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "custom_unit_amount",
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
  schema as CustomUnitAmount,
  validateInput as validateCustomUnitAmount,
  isValid as isCustomUnitAmount,
  check as checkCustomUnitAmount,
  test as testCustomUnitAmount,
};
