import {
  deeper,
  enter,
  full,
  isArray,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, nul, obj, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["available", "preferred"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.available;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["available"], v0, ok);
  } else {
    if (!isArray(v0)) {
      ok = wrongType(c, ["available"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        if (typeof v1 !== "string") {
          ok = wrongType(c, ["available", i0], "string", v1);
        } else if (v1.length > 5000 && tooLong(v1, 5000)) {
          ok = longFail(c, ["available", i0], 5000, v1);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.preferred;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["preferred"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["preferred"], 5000, v2);
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
  const v0 = v.available;
  if (!isArray(v0)) return false;
  for (let i0 = 0; i0 < v0.length; i0++) {
    const v1 = v0[i0];
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.preferred;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ available: req(list(str())), preferred: opt(nul(str())) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "networks",
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
  schema as Networks,
  validateInput as validateNetworks,
  isValid as isNetworks,
  check as checkNetworks,
  test as testNetworks,
};
