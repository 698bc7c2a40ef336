import {
  deeper,
  enter,
  isNum,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { num, obj, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["height", "length", "weight", "width"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.height;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["height"], v0, ok);
  } else {
    if (!isNum(v0)) {
      ok = wrongType(c, ["height"], "number", v0);
    }
  }
  const v1 = v.length;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["length"], v1, ok);
  } else {
    if (!isNum(v1)) {
      ok = wrongType(c, ["length"], "number", v1);
    }
  }
  const v2 = v.weight;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["weight"], v2, ok);
  } else {
    if (!isNum(v2)) {
      ok = wrongType(c, ["weight"], "number", v2);
    }
  }
  const v3 = v.width;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["width"], v3, ok);
  } else {
    if (!isNum(v3)) {
      ok = wrongType(c, ["width"], "number", v3);
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
  const v0 = v.height;
  if (!isNum(v0)) return false;
  const v1 = v.length;
  if (!isNum(v1)) return false;
  const v2 = v.weight;
  if (!isNum(v2)) return false;
  const v3 = v.width;
  if (!isNum(v3)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    height: req(num()),
    length: req(num()),
    weight: req(num()),
    width: req(num()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "package_dimensions",
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
  schema as PackageDimensions,
  validateInput as validatePackageDimensions,
  isValid as isPackageDimensions,
  check as checkPackageDimensions,
  test as testPackageDimensions,
};
