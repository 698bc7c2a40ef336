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

const e0 = /* @__PURE__ */ set(["terminal.connection_token"]);
const k0 = /* @__PURE__ */ set(["location", "object", "secret"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.location;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["location"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["location"], 5000, v0);
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
  const v2 = v.secret;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["secret"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["secret"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["secret"], 5000, v2);
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
  const v0 = v.location;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.object;
  if (v1 !== "terminal.connection_token") return false;
  const v2 = v.secret;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    location: opt(str()),
    object: req(oneOf(e0)),
    secret: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "terminal.connection_token",
  branch: "terminal.connection_token",
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
  schema as TerminalConnectionToken,
  validateInput as validateTerminalConnectionToken,
  isValid as isTerminalConnectionToken,
  check as checkTerminalConnectionToken,
  test as testTerminalConnectionToken,
};
