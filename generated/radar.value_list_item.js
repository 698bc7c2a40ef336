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
import { bool, int, obj, oneOf, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["radar.value_list_item"]);
const k0 = /* @__PURE__ */ set([
  "created",
  "created_by",
  "id",
  "livemode",
  "object",
  "value",
  "value_list",
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
  const v1 = v.created_by;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["created_by"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["created_by"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["created_by"], 5000, v1);
    }
  }
  const v2 = v.id;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["id"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["id"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["id"], 5000, v2);
    }
  }
  const v3 = v.livemode;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["livemode"], v3, ok);
  } else {
    if (typeof v3 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v3);
    }
  }
  const v4 = v.object;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["object"], v4, ok);
  } else {
    if (!e0.has(v4)) {
      ok = notInEnum(c, ["object"], e0, v4, ok);
    }
  }
  const v5 = v.value;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["value"], v5, ok);
  } else {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["value"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["value"], 5000, v5);
    }
  }
  const v6 = v.value_list;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["value_list"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["value_list"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["value_list"], 5000, v6);
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
  const v1 = v.created_by;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.id;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.livemode;
  if (typeof v3 !== "boolean") return false;
  const v4 = v.object;
  if (v4 !== "radar.value_list_item") return false;
  const v5 = v.value;
  if (typeof v5 !== "string") return false;
  if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  const v6 = v.value_list;
  if (typeof v6 !== "string") return false;
  if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    created: req(int("unix-time")),
    created_by: req(str()),
    id: req(str()),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    value: req(str()),
    value_list: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "radar.value_list_item",
  branch: "radar.value_list_item",
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
  schema as RadarValueListItem,
  validateInput as validateRadarValueListItem,
  isValid as isRadarValueListItem,
  check as checkRadarValueListItem,
  test as testRadarValueListItem,
};
