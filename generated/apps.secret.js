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
import {
  SecretServiceResourceScope,
  checkSecretServiceResourceScope,
  testSecretServiceResourceScope,
} from "./secret_service_resource_scope.js";

const e0 = /* @__PURE__ */ set(["apps.secret"]);
const k0 = /* @__PURE__ */ set([
  "created",
  "deleted",
  "expires_at",
  "id",
  "livemode",
  "name",
  "object",
  "payload",
  "scope",
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
  const v1 = v.deleted;
  if (v1 !== undefined) {
    if (typeof v1 !== "boolean") {
      ok = wrongType(c, ["deleted"], "boolean", v1);
    }
  }
  const v2 = v.expires_at;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) {
      ok = wrongType(c, ["expires_at"], "integer", v2);
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
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["name"], v5, ok);
  } else {
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
  const v7 = v.payload;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["payload"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["payload"], 5000, v7);
    }
  }
  const v8 = v.scope;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["scope"], v8, ok);
  } else {
    ok = into(c, checkSecretServiceResourceScope, v8, ok, "scope");
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
  const v1 = v.deleted;
  if (v1 !== undefined) {
    if (typeof v1 !== "boolean") return false;
  }
  const v2 = v.expires_at;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) return false;
  }
  const v3 = v.id;
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  const v4 = v.livemode;
  if (typeof v4 !== "boolean") return false;
  const v5 = v.name;
  if (typeof v5 !== "string") return false;
  if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  const v6 = v.object;
  if (v6 !== "apps.secret") return false;
  const v7 = v.payload;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.scope;
  if (!testSecretServiceResourceScope(v8, c)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    created: req(int("unix-time")),
    deleted: opt(bool()),
    expires_at: opt(nul(int("unix-time"))),
    id: req(str()),
    livemode: req(bool()),
    name: req(str()),
    object: req(oneOf(e0)),
    payload: opt(nul(str())),
    scope: req(ref(SecretServiceResourceScope)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "apps.secret",
  branch: "apps.secret",
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
  schema as AppsSecret,
  validateInput as validateAppsSecret,
  isValid as isAppsSecret,
  check as checkAppsSecret,
  test as testAppsSecret,
};
