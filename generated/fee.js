import {
  deeper,
  enter,
  isInt,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "amount",
  "application",
  "currency",
  "description",
  "type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["amount"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount"], "integer", v0);
    }
  }
  const v1 = v.application;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["application"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["application"], 5000, v1);
    }
  }
  const v2 = v.currency;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["currency"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["currency"], "string", v2);
    }
  }
  const v3 = v.description;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["description"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["description"], 5000, v3);
    }
  }
  const v4 = v.type;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["type"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["type"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["type"], 5000, v4);
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
  const v0 = v.amount;
  if (!isInt(v0)) return false;
  const v1 = v.application;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.currency;
  if (typeof v2 !== "string") return false;
  const v3 = v.description;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.type;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    application: opt(nul(str())),
    currency: req(str()),
    description: opt(nul(str())),
    type: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "fee",
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
  schema as Fee,
  validateInput as validateFee,
  isValid as isFee,
  check as checkFee,
  test as testFee,
};
