import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { ApiErrors, checkApiErrors, testApiErrors } from "./api_errors.js";

const k0 = /* @__PURE__ */ set(["error"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.error;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["error"], v0, ok);
  } else {
    ok = into(c, checkApiErrors, v0, ok, "error");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.error;
  if (!testApiErrors(v0, c)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ error: req(ref(ApiErrors)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "error",
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
  schema as Error,
  validateInput as validateError,
  isValid as isError,
  check as checkError,
  test as testError,
};
