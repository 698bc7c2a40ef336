import {
  deeper,
  enter,
  isInt,
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
import { int, obj, oneOf, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["login_link"]);
const k0 = /* @__PURE__ */ set(["created", "object", "url"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.created;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["created"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["created"], "integer", v0);
    }
  }
  const v1 = v.object;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["object"], v1, ok);
  } else {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["object"], e0, v1, ok);
    }
  }
  const v2 = v.url;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["url"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["url"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["url"], 5000, v2);
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
  const v0 = v.created;
  if (!isInt(v0)) return false;
  const v1 = v.object;
  if (v1 !== "login_link") return false;
  const v2 = v.url;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    created: req(int("unix-time")),
    object: req(oneOf(e0)),
    url: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "login_link",
  branch: "login_link",
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
  schema as LoginLink,
  validateInput as validateLoginLink,
  isValid as isLoginLink,
  check as checkLoginLink,
  test as testLoginLink,
};
