import {
  deeper,
  enter,
  isInt,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["date", "ip", "user_agent"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.date;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["date"], "integer", v0);
    }
  }
  const v1 = v.ip;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["ip"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["ip"], 5000, v1);
    }
  }
  const v2 = v.user_agent;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["user_agent"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["user_agent"], 5000, v2);
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
  const v0 = v.date;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.ip;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.user_agent;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    date: opt(nul(int("unix-time"))),
    ip: opt(nul(str())),
    user_agent: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "legal_entity_ubo_declaration",
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
  schema as LegalEntityUboDeclaration,
  validateInput as validateLegalEntityUboDeclaration,
  isValid as isLegalEntityUboDeclaration,
  check as checkLegalEntityUboDeclaration,
  test as testLegalEntityUboDeclaration,
};
