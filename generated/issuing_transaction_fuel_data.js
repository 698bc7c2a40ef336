import {
  deeper,
  enter,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "type",
  "unit",
  "unit_cost_decimal",
  "volume_decimal",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.type;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["type"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["type"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["type"], 5000, v0);
    }
  }
  const v1 = v.unit;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["unit"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["unit"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["unit"], 5000, v1);
    }
  }
  const v2 = v.unit_cost_decimal;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["unit_cost_decimal"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["unit_cost_decimal"], "string", v2);
    }
  }
  const v3 = v.volume_decimal;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["volume_decimal"], "string", v3);
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
  const v0 = v.type;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.unit;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.unit_cost_decimal;
  if (typeof v2 !== "string") return false;
  const v3 = v.volume_decimal;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    type: req(str()),
    unit: req(str()),
    unit_cost_decimal: req(str("decimal")),
    volume_decimal: opt(nul(str("decimal"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_transaction_fuel_data",
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
  schema as IssuingTransactionFuelData,
  validateInput as validateIssuingTransactionFuelData,
  isValid as isIssuingTransactionFuelData,
  check as checkIssuingTransactionFuelData,
  test as testIssuingTransactionFuelData,
};
