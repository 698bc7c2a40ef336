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
import { int, nul, obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "flat_amount",
  "flat_amount_decimal",
  "unit_amount",
  "unit_amount_decimal",
  "up_to",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.flat_amount;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["flat_amount"], "integer", v0);
    }
  }
  const v1 = v.flat_amount_decimal;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["flat_amount_decimal"], "string", v1);
    }
  }
  const v2 = v.unit_amount;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) {
      ok = wrongType(c, ["unit_amount"], "integer", v2);
    }
  }
  const v3 = v.unit_amount_decimal;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["unit_amount_decimal"], "string", v3);
    }
  }
  const v4 = v.up_to;
  if (v4 !== undefined && v4 !== null) {
    if (!isInt(v4)) {
      ok = wrongType(c, ["up_to"], "integer", v4);
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
  const v0 = v.flat_amount;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.flat_amount_decimal;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v.unit_amount;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) return false;
  }
  const v3 = v.unit_amount_decimal;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
  }
  const v4 = v.up_to;
  if (v4 !== undefined && v4 !== null) {
    if (!isInt(v4)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    flat_amount: opt(nul(int())),
    flat_amount_decimal: opt(nul(str("decimal"))),
    unit_amount: opt(nul(int())),
    unit_amount_decimal: opt(nul(str("decimal"))),
    up_to: opt(nul(int())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "price_tier",
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
  schema as PriceTier,
  validateInput as validatePriceTier,
  isValid as isPriceTier,
  check as checkPriceTier,
  test as testPriceTier,
};
