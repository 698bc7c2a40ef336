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

const e0 = /* @__PURE__ */ set(["processing", "redacted"]);
const k0 = /* @__PURE__ */ set(["status"]);

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
  c.depth--;
  return true;
}

function shape() {
  return obj({ status: req(oneOf(e0)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "verification_session_redaction",
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
  schema as VerificationSessionRedaction,
  validateInput as validateVerificationSessionRedaction,
  isValid as isVerificationSessionRedaction,
  check as checkVerificationSessionRedaction,
  test as testVerificationSessionRedaction,
};
