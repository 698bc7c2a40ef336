import {
  deeper,
  enter,
  entry,
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
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { File, checkFile, testFile } from "./file.js";

const e0 = /* @__PURE__ */ set(["file_link"]);
const k1 = /* @__PURE__ */ set([
  "created",
  "expired",
  "expires_at",
  "file",
  "id",
  "livemode",
  "metadata",
  "object",
  "url",
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
  const v1 = v.expired;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["expired"], v1, ok);
  } else {
    if (typeof v1 !== "boolean") {
      ok = wrongType(c, ["expired"], "boolean", v1);
    }
  }
  const v2 = v.expires_at;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) {
      ok = wrongType(c, ["expires_at"], "integer", v2);
    }
  }
  const v3 = v.file;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["file"], v3, ok);
  } else {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) {
        ok = longFail(c, ["file"], 5000, v3);
      }
    } else if (isObject(v3)) {
      ok = into(c, checkFile, v3, ok, "file");
    } else {
      ok = wrongType(c, ["file"], "string | object", v3);
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
  const v6 = v.metadata;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["metadata"], v6, ok);
  } else {
    if (!isObject(v6)) {
      ok = wrongType(c, ["metadata"], "object", v6);
    } else {
      for (const k0 of Object.keys(v6)) {
        const v7 = entry(v6, k0);
        if (typeof v7 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v7);
        } else if (v7.length > 500 && tooLong(v7, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v7);
        }
      }
    }
  }
  const v8 = v.object;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["object"], v8, ok);
  } else {
    if (!e0.has(v8)) {
      ok = notInEnum(c, ["object"], e0, v8, ok);
    }
  }
  const v9 = v.url;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["url"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["url"], 5000, v9);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.created;
  if (!isInt(v0)) return false;
  const v1 = v.expired;
  if (typeof v1 !== "boolean") return false;
  const v2 = v.expires_at;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) return false;
  }
  const v3 = v.file;
  if (v3 === undefined || v3 === null) return false;
  if (typeof v3 === "string") {
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  } else if (isObject(v3)) {
    if (!testFile(v3, c)) return false;
  } else {
    return false;
  }
  const v4 = v.id;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.livemode;
  if (typeof v5 !== "boolean") return false;
  const v6 = v.metadata;
  if (!isObject(v6)) return false;
  for (const k2 of Object.keys(v6)) {
    const v7 = entry(v6, k2);
    if (typeof v7 !== "string") return false;
    if (v7.length > 500 && tooLong(v7, 500)) return false;
  }
  const v8 = v.object;
  if (v8 !== "file_link") return false;
  const v9 = v.url;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") return false;
    if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    created: req(int("unix-time")),
    expired: req(bool()),
    expires_at: opt(nul(int("unix-time"))),
    file: req(union(str(), ref(File))),
    id: req(str()),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    object: req(oneOf(e0)),
    url: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "file_link",
  branch: "file_link",
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
  schema as FileLink,
  validateInput as validateFileLink,
  isValid as isFileLink,
  check as checkFileLink,
  test as testFileLink,
};
