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
import { int, obj, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["attempts_remaining", "status"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.attempts_remaining;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["attempts_remaining"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["attempts_remaining"], "integer", v0);
    }
  }
  const v1 = v.status;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["status"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["status"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["status"], 5000, v1);
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
  const v0 = v.attempts_remaining;
  if (!isInt(v0)) return false;
  const v1 = v.status;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ attempts_remaining: req(int()), status: req(str()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source_code_verification_flow",
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
  schema as SourceCodeVerificationFlow,
  validateInput as validateSourceCodeVerificationFlow,
  isValid as isSourceCodeVerificationFlow,
  check as checkSourceCodeVerificationFlow,
  test as testSourceCodeVerificationFlow,
};
