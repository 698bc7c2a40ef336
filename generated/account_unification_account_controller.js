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
import { bool, obj, oneOf, opt, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["account", "application"]);
const k0 = /* @__PURE__ */ set(["is_controller", "type"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.is_controller;
  if (v0 !== undefined) {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["is_controller"], "boolean", v0);
    }
  }
  const v1 = v.type;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["type"], v1, ok);
  } else {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["type"], e0, v1, ok);
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
  const v0 = v.is_controller;
  if (v0 !== undefined) {
    if (typeof v0 !== "boolean") return false;
  }
  const v1 = v.type;
  if (!e0.has(v1)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ is_controller: opt(bool()), type: req(oneOf(e0)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "account_unification_account_controller",
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
  schema as AccountUnificationAccountController,
  validateInput as validateAccountUnificationAccountController,
  isValid as isAccountUnificationAccountController,
  check as checkAccountUnificationAccountController,
  test as testAccountUnificationAccountController,
};
