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
import { bool, int, nul, obj, oneOf, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["test_helpers.test_clock"]);
const e1 = /* @__PURE__ */ set(["advancing", "internal_failure", "ready"]);
const k0 = /* @__PURE__ */ set([
  "created",
  "deletes_after",
  "frozen_time",
  "id",
  "livemode",
  "name",
  "object",
  "status",
]);

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
  const v1 = v.deletes_after;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["deletes_after"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["deletes_after"], "integer", v1);
    }
  }
  const v2 = v.frozen_time;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["frozen_time"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["frozen_time"], "integer", v2);
    }
  }
  const v3 = v.id;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["id"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["id"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["id"], 5000, v3);
    }
  }
  const v4 = v.livemode;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["livemode"], v4, ok);
  } else {
    if (typeof v4 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v4);
    }
  }
  const v5 = v.name;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["name"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["name"], 5000, v5);
    }
  }
  const v6 = v.object;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["object"], v6, ok);
  } else {
    if (!e0.has(v6)) {
      ok = notInEnum(c, ["object"], e0, v6, ok);
    }
  }
  const v7 = v.status;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["status"], v7, ok);
  } else {
    if (!e1.has(v7)) {
      ok = notInEnum(c, ["status"], e1, v7, ok);
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
  const v1 = v.deletes_after;
  if (!isInt(v1)) return false;
  const v2 = v.frozen_time;
  if (!isInt(v2)) return false;
  const v3 = v.id;
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  const v4 = v.livemode;
  if (typeof v4 !== "boolean") return false;
  const v5 = v.name;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.object;
  if (v6 !== "test_helpers.test_clock") return false;
  const v7 = v.status;
  if (!e1.has(v7)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    created: req(int("unix-time")),
    deletes_after: req(int("unix-time")),
    frozen_time: req(int("unix-time")),
    id: req(str()),
    livemode: req(bool()),
    name: opt(nul(str())),
    object: req(oneOf(e0)),
    status: req(oneOf(e1)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "test_helpers.test_clock",
  branch: "test_helpers.test_clock",
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
  schema as TestHelpersTestClock,
  validateInput as validateTestHelpersTestClock,
  isValid as isTestHelpersTestClock,
  check as checkTestHelpersTestClock,
  test as testTestHelpersTestClock,
};
