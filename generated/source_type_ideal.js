import {
  deeper,
  enter,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "bank",
  "bic",
  "iban_last4",
  "statement_descriptor",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.bank;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["bank"], "string", v0);
    }
  }
  const v1 = v.bic;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["bic"], "string", v1);
    }
  }
  const v2 = v.iban_last4;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["iban_last4"], "string", v2);
    }
  }
  const v3 = v.statement_descriptor;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["statement_descriptor"], "string", v3);
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
  const v0 = v.bank;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
  }
  const v1 = v.bic;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v.iban_last4;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
  }
  const v3 = v.statement_descriptor;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    bank: opt(nul(str())),
    bic: opt(nul(str())),
    iban_last4: opt(nul(str())),
    statement_descriptor: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source_type_ideal",
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
  schema as SourceTypeIdeal,
  validateInput as validateSourceTypeIdeal,
  isValid as isSourceTypeIdeal,
  check as checkSourceTypeIdeal,
  test as testSourceTypeIdeal,
};
