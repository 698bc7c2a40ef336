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

const e0 = /* @__PURE__ */ set(["account_link"]);
const k0 = /* @__PURE__ */ set(["created", "expires_at", "object", "url"]);

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
  const v1 = v.expires_at;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["expires_at"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["expires_at"], "integer", v1);
    }
  }
  const v2 = v.object;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["object"], v2, ok);
  } else {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["object"], e0, v2, ok);
    }
  }
  const v3 = v.url;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["url"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["url"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["url"], 5000, v3);
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
  const v1 = v.expires_at;
  if (!isInt(v1)) return false;
  const v2 = v.object;
  if (v2 !== "account_link") return false;
  const v3 = v.url;
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    created: req(int("unix-time")),
    expires_at: req(int("unix-time")),
    object: req(oneOf(e0)),
    url: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "account_link",
  branch: "account_link",
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
  schema as AccountLink,
  validateInput as validateAccountLink,
  isValid as isAccountLink,
  check as checkAccountLink,
  test as testAccountLink,
};
