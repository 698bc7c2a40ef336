import {
  deeper,
  enter,
  isNum,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, nul, num, obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "director",
  "executive",
  "owner",
  "percent_ownership",
  "representative",
  "title",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.director;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["director"], "boolean", v0);
    }
  }
  const v1 = v.executive;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "boolean") {
      ok = wrongType(c, ["executive"], "boolean", v1);
    }
  }
  const v2 = v.owner;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "boolean") {
      ok = wrongType(c, ["owner"], "boolean", v2);
    }
  }
  const v3 = v.percent_ownership;
  if (v3 !== undefined && v3 !== null) {
    if (!isNum(v3)) {
      ok = wrongType(c, ["percent_ownership"], "number", v3);
    }
  }
  const v4 = v.representative;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "boolean") {
      ok = wrongType(c, ["representative"], "boolean", v4);
    }
  }
  const v5 = v.title;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["title"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["title"], 5000, v5);
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
  const v0 = v.director;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "boolean") return false;
  }
  const v1 = v.executive;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "boolean") return false;
  }
  const v2 = v.owner;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "boolean") return false;
  }
  const v3 = v.percent_ownership;
  if (v3 !== undefined && v3 !== null) {
    if (!isNum(v3)) return false;
  }
  const v4 = v.representative;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "boolean") return false;
  }
  const v5 = v.title;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    director: opt(nul(bool())),
    executive: opt(nul(bool())),
    owner: opt(nul(bool())),
    percent_ownership: opt(nul(num())),
    representative: opt(nul(bool())),
    title: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "person_relationship",
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
  schema as PersonRelationship,
  validateInput as validatePersonRelationship,
  isValid as isPersonRelationship,
  check as checkPersonRelationship,
  test as testPersonRelationship,
};
