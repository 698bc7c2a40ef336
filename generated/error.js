import {
  deeper,
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
import { ApiErrors, checkApiErrors } from "./api_errors.js";

const k0 = set(["error"]);

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

function shape() {
  return obj({ error: req(ref(ApiErrors)) });
}

const schema = /* @__PURE__ */ defineSchema({ name: "error", check, shape });

function validateInput(input, options) {
  return validate(check, input, options);
}

function isValid(input) {
  return is(check, input);
}

export {
  schema as Error,
  validateInput as validateError,
  isValid as isError,
  check as checkError,
};
