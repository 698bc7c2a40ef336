import {
  deeper,
  enter,
  into,
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
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { File, checkFile, testFile } from "./file.js";
import {
  SigmaScheduledQueryRunError,
  checkSigmaScheduledQueryRunError,
  testSigmaScheduledQueryRunError,
} from "./sigma_scheduled_query_run_error.js";

const e0 = /* @__PURE__ */ set(["scheduled_query_run"]);
const k0 = /* @__PURE__ */ set([
  "created",
  "data_load_time",
  "error",
  "file",
  "id",
  "livemode",
  "object",
  "result_available_until",
  "sql",
  "status",
  "title",
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
  const v1 = v.data_load_time;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["data_load_time"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["data_load_time"], "integer", v1);
    }
  }
  const v2 = v.error;
  if (v2 !== undefined) {
    ok = into(c, checkSigmaScheduledQueryRunError, v2, ok, "error");
  }
  const v3 = v.file;
  if (v3 !== undefined && v3 !== null) {
    ok = into(c, checkFile, v3, ok, "file");
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
  const v6 = v.object;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["object"], v6, ok);
  } else {
    if (!e0.has(v6)) {
      ok = notInEnum(c, ["object"], e0, v6, ok);
    }
  }
  const v7 = v.result_available_until;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["result_available_until"], v7, ok);
  } else {
    if (!isInt(v7)) {
      ok = wrongType(c, ["result_available_until"], "integer", v7);
    }
  }
  const v8 = v.sql;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["sql"], v8, ok);
  } else {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["sql"], "string", v8);
    } else if (v8.length > 100000 && tooLong(v8, 100000)) {
      ok = longFail(c, ["sql"], 100000, v8);
    }
  }
  const v9 = v.status;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["status"], v9, ok);
  } else {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["status"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["status"], 5000, v9);
    }
  }
  const v10 = v.title;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["title"], v10, ok);
  } else {
    if (typeof v10 !== "string") {
      ok = wrongType(c, ["title"], "string", v10);
    } else if (v10.length > 5000 && tooLong(v10, 5000)) {
      ok = longFail(c, ["title"], 5000, v10);
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
  const v1 = v.data_load_time;
  if (!isInt(v1)) return false;
  const v2 = v.error;
  if (v2 !== undefined) {
    if (!testSigmaScheduledQueryRunError(v2, c)) return false;
  }
  const v3 = v.file;
  if (v3 !== undefined && v3 !== null) {
    if (!testFile(v3, c)) return false;
  }
  const v4 = v.id;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.livemode;
  if (typeof v5 !== "boolean") return false;
  const v6 = v.object;
  if (v6 !== "scheduled_query_run") return false;
  const v7 = v.result_available_until;
  if (!isInt(v7)) return false;
  const v8 = v.sql;
  if (typeof v8 !== "string") return false;
  if (v8.length > 100000 && tooLong(v8, 100000)) return false;
  const v9 = v.status;
  if (typeof v9 !== "string") return false;
  if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  const v10 = v.title;
  if (typeof v10 !== "string") return false;
  if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    created: req(int("unix-time")),
    data_load_time: req(int("unix-time")),
    error: opt(ref(SigmaScheduledQueryRunError)),
    file: opt(nul(ref(File))),
    id: req(str()),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    result_available_until: req(int("unix-time")),
    sql: req(str()),
    status: req(str()),
    title: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "scheduled_query_run",
  branch: "scheduled_query_run",
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
  schema as ScheduledQueryRun,
  validateInput as validateScheduledQueryRun,
  isValid as isScheduledQueryRun,
  check as checkScheduledQueryRun,
  test as testScheduledQueryRun,
};
