import {
  deeper,
  enter,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["match", "mismatch", "not_provided"]);
const k0 = /* @__PURE__ */ set([
  "address_line1_check",
  "address_postal_code_check",
  "cvc_check",
  "expiry_check",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.address_line1_check;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["address_line1_check"], v0, ok);
  } else {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["address_line1_check"], e0, v0, ok);
    }
  }
  const v1 = v.address_postal_code_check;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["address_postal_code_check"], v1, ok);
  } else {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["address_postal_code_check"], e0, v1, ok);
    }
  }
  const v2 = v.cvc_check;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["cvc_check"], v2, ok);
  } else {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["cvc_check"], e0, v2, ok);
    }
  }
  const v3 = v.expiry_check;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["expiry_check"], v3, ok);
  } else {
    if (!e0.has(v3)) {
      ok = notInEnum(c, ["expiry_check"], e0, v3, ok);
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
  const v0 = v.address_line1_check;
  if (!e0.has(v0)) return false;
  const v1 = v.address_postal_code_check;
  if (!e0.has(v1)) return false;
  const v2 = v.cvc_check;
  if (!e0.has(v2)) return false;
  const v3 = v.expiry_check;
  if (!e0.has(v3)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    address_line1_check: req(oneOf(e0)),
    address_postal_code_check: req(oneOf(e0)),
    cvc_check: req(oneOf(e0)),
    expiry_check: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_authorization_verification_data",
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
  schema as IssuingAuthorizationVerificationData,
  validateInput as validateIssuingAuthorizationVerificationData,
  isValid as isIssuingAuthorizationVerificationData,
  check as checkIssuingAuthorizationVerificationData,
  test as testIssuingAuthorizationVerificationData,
};
