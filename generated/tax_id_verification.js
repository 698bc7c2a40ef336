import {
  deeper,
  enter,
  isObject,
  longFail,
  missing,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "pending",
  "unavailable",
  "unverified",
  "verified",
]);
const k0 = /* @__PURE__ */ set(["status", "verified_address", "verified_name"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.status;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["status"], v0, ok);
  } else {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["status"], e0, v0, ok);
    }
  }
  const v1 = v.verified_address;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["verified_address"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["verified_address"], 5000, v1);
    }
  }
  const v2 = v.verified_name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["verified_name"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["verified_name"], 5000, v2);
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
  const v0 = v.status;
  if (!e0.has(v0)) return false;
  const v1 = v.verified_address;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.verified_name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    status: req(oneOf(e0)),
    verified_address: opt(nul(str())),
    verified_name: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax_id_verification",
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
  schema as TaxIdVerification,
  validateInput as validateTaxIdVerification,
  isValid as isTaxIdVerification,
  check as checkTaxIdVerification,
  test as testTaxIdVerification,
};
