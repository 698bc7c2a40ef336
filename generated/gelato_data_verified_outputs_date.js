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

const k0 = /* @__PURE__ */ set(["day", "month", "year"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.day;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["day"], "integer", v0);
    }
  }
  const v1 = v.month;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["month"], "integer", v1);
    }
  }
  const v2 = v.year;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) {
      ok = wrongType(c, ["year"], "integer", v2);
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
  const v0 = v.day;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.month;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
  }
  const v2 = v.year;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    day: opt(nul(int())),
    month: opt(nul(int())),
    year: opt(nul(int())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "gelato_data_verified_outputs_date",
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
  schema as GelatoDataVerifiedOutputsDate,
  validateInput as validateGelatoDataVerifiedOutputsDate,
  isValid as isGelatoDataVerifiedOutputsDate,
  check as checkGelatoDataVerifiedOutputsDate,
  test as testGelatoDataVerifiedOutputsDate,
};
