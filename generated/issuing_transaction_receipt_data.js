import {
  deeper,
  enter,
  isInt,
  isNum,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, num, obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "description",
  "quantity",
  "total",
  "unit_cost",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.description;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["description"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["description"], 5000, v0);
    }
  }
  const v1 = v.quantity;
  if (v1 !== undefined && v1 !== null) {
    if (!isNum(v1)) {
      ok = wrongType(c, ["quantity"], "number", v1);
    }
  }
  const v2 = v.total;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) {
      ok = wrongType(c, ["total"], "integer", v2);
    }
  }
  const v3 = v.unit_cost;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) {
      ok = wrongType(c, ["unit_cost"], "integer", v3);
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
  const v0 = v.description;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.quantity;
  if (v1 !== undefined && v1 !== null) {
    if (!isNum(v1)) return false;
  }
  const v2 = v.total;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) return false;
  }
  const v3 = v.unit_cost;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    description: opt(nul(str())),
    quantity: opt(nul(num())),
    total: opt(nul(int())),
    unit_cost: opt(nul(int())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_transaction_receipt_data",
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
  schema as IssuingTransactionReceiptData,
  validateInput as validateIssuingTransactionReceiptData,
  isValid as isIssuingTransactionReceiptData,
  check as checkIssuingTransactionReceiptData,
  test as testIssuingTransactionReceiptData,
};
