import {
  deeper,
  enter,
  full,
  isArray,
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
import {
  bool,
  int,
  list,
  nul,
  obj,
  oneOf,
  opt,
  req,
  str,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["reporting.report_type"]);
const k0 = /* @__PURE__ */ set([
  "data_available_end",
  "data_available_start",
  "default_columns",
  "id",
  "livemode",
  "name",
  "object",
  "updated",
  "version",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.data_available_end;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["data_available_end"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["data_available_end"], "integer", v0);
    }
  }
  const v1 = v.data_available_start;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["data_available_start"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["data_available_start"], "integer", v1);
    }
  }
  const v2 = v.default_columns;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) {
      ok = wrongType(c, ["default_columns"], "array", v2);
    } else {
      for (let i0 = 0; i0 < v2.length; i0++) {
        const v3 = v2[i0];
        if (typeof v3 !== "string") {
          ok = wrongType(c, ["default_columns", i0], "string", v3);
        } else if (v3.length > 5000 && tooLong(v3, 5000)) {
          ok = longFail(c, ["default_columns", i0], 5000, v3);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v4 = v.id;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["id"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["id"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["id"], 5000, v4);
    }
  }
  const v5 = v.livemode;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["livemode"], v5, ok);
  } else {
    if (typeof v5 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v5);
    }
  }
  const v6 = v.name;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["name"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["name"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["name"], 5000, v6);
    }
  }
  const v7 = v.object;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["object"], v7, ok);
  } else {
    if (!e0.has(v7)) {
      ok = notInEnum(c, ["object"], e0, v7, ok);
    }
  }
  const v8 = v.updated;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["updated"], v8, ok);
  } else {
    if (!isInt(v8)) {
      ok = wrongType(c, ["updated"], "integer", v8);
    }
  }
  const v9 = v.version;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["version"], v9, ok);
  } else {
    if (!isInt(v9)) {
      ok = wrongType(c, ["version"], "integer", v9);
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
  const v0 = v.data_available_end;
  if (!isInt(v0)) return false;
  const v1 = v.data_available_start;
  if (!isInt(v1)) return false;
  const v2 = v.default_columns;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) return false;
    for (let i0 = 0; i0 < v2.length; i0++) {
      const v3 = v2[i0];
      if (typeof v3 !== "string") return false;
      if (v3.length > 5000 && tooLong(v3, 5000)) return false;
    }
  }
  const v4 = v.id;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.livemode;
  if (typeof v5 !== "boolean") return false;
  const v6 = v.name;
  if (typeof v6 !== "string") return false;
  if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  const v7 = v.object;
  if (v7 !== "reporting.report_type") return false;
  const v8 = v.updated;
  if (!isInt(v8)) return false;
  const v9 = v.version;
  if (!isInt(v9)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    data_available_end: req(int("unix-time")),
    data_available_start: req(int("unix-time")),
    default_columns: opt(nul(list(str()))),
    id: req(str()),
    livemode: req(bool()),
    name: req(str()),
    object: req(oneOf(e0)),
    updated: req(int("unix-time")),
    version: req(int()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "reporting.report_type",
  branch: "reporting.report_type",
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
  schema as ReportingReportType,
  validateInput as validateReportingReportType,
  isValid as isReportingReportType,
  check as checkReportingReportType,
  test as testReportingReportType,
};
