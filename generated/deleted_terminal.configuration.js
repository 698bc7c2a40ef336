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
import { obj, oneOf, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([true]);
const e1 = /* @__PURE__ */ set(["terminal.configuration"]);
const k0 = /* @__PURE__ */ set(["deleted", "id", "object"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.deleted;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["deleted"], v0, ok);
  } else {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["deleted"], e0, v0, ok);
    }
  }
  const v1 = v.id;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["id"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["id"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["id"], 5000, v1);
    }
  }
  const v2 = v.object;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["object"], v2, ok);
  } else {
    if (!e1.has(v2)) {
      ok = notInEnum(c, ["object"], e1, v2, ok);
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
  const v0 = v.deleted;
  if (v0 !== true) return false;
  const v1 = v.id;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.object;
  if (v2 !== "terminal.configuration") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    deleted: req(oneOf(e0)),
    id: req(str()),
    object: req(oneOf(e1)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "deleted_terminal.configuration",
  branch: "terminal.configuration#deleted",
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
  schema as DeletedTerminalConfiguration,
  validateInput as validateDeletedTerminalConfiguration,
  isValid as isDeletedTerminalConfiguration,
  check as checkDeletedTerminalConfiguration,
  test as testDeletedTerminalConfiguration,
};
