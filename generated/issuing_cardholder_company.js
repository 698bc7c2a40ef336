import {
  deeper,
  enter,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, obj, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["tax_id_provided"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.tax_id_provided;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["tax_id_provided"], v0, ok);
  } else {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["tax_id_provided"], "boolean", v0);
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
  const v0 = v.tax_id_provided;
  if (typeof v0 !== "boolean") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ tax_id_provided: req(bool()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_cardholder_company",
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
  schema as IssuingCardholderCompany,
  validateInput as validateIssuingCardholderCompany,
  isValid as isIssuingCardholderCompany,
  check as checkIssuingCardholderCompany,
  test as testIssuingCardholderCompany,
};
