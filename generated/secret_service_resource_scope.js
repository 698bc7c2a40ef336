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
import { obj, oneOf, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["account", "user"]);
const k0 = /* @__PURE__ */ set(["type", "user"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.type;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["type"], v0, ok);
  } else {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["type"], e0, v0, ok);
    }
  }
  const v1 = v.user;
  if (v1 !== undefined) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["user"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["user"], 5000, v1);
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
  const v0 = v.type;
  if (!e0.has(v0)) return false;
  const v1 = v.user;
  if (v1 !== undefined) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ type: req(oneOf(e0)), user: opt(str()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "secret_service_resource_scope",
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
  schema as SecretServiceResourceScope,
  validateInput as validateSecretServiceResourceScope,
  isValid as isSecretServiceResourceScope,
  check as checkSecretServiceResourceScope,
  test as testSecretServiceResourceScope,
};
