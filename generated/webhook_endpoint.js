import {
  deeper,
  enter,
  entry,
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

const e0 = /* @__PURE__ */ set(["webhook_endpoint"]);
const k1 = /* @__PURE__ */ set([
  "api_version",
  "application",
  "created",
  "description",
  "enabled_events",
  "id",
  "livemode",
  "metadata",
  "object",
  "secret",
  "status",
  "url",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.api_version;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["api_version"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["api_version"], 5000, v0);
    }
  }
  const v1 = v.application;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["application"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["application"], 5000, v1);
    }
  }
  const v2 = v.created;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["created"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["created"], "integer", v2);
    }
  }
  const v3 = v.description;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["description"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["description"], 5000, v3);
    }
  }
  const v4 = v.enabled_events;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["enabled_events"], v4, ok);
  } else {
    if (!isArray(v4)) {
      ok = wrongType(c, ["enabled_events"], "array", v4);
    } else {
      for (let i0 = 0; i0 < v4.length; i0++) {
        const v5 = v4[i0];
        if (typeof v5 !== "string") {
          ok = wrongType(c, ["enabled_events", i0], "string", v5);
        } else if (v5.length > 5000 && tooLong(v5, 5000)) {
          ok = longFail(c, ["enabled_events", i0], 5000, v5);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v6 = v.id;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["id"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["id"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["id"], 5000, v6);
    }
  }
  const v7 = v.livemode;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["livemode"], v7, ok);
  } else {
    if (typeof v7 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v7);
    }
  }
  const v8 = v.metadata;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["metadata"], v8, ok);
  } else {
    if (!isObject(v8)) {
      ok = wrongType(c, ["metadata"], "object", v8);
    } else {
      for (const k0 of Object.keys(v8)) {
        const v9 = entry(v8, k0);
        if (typeof v9 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v9);
        } else if (v9.length > 500 && tooLong(v9, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v9);
        }
      }
    }
  }
  const v10 = v.object;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["object"], v10, ok);
  } else {
    if (!e0.has(v10)) {
      ok = notInEnum(c, ["object"], e0, v10, ok);
    }
  }
  const v11 = v.secret;
  if (v11 !== undefined) {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["secret"], "string", v11);
    } else if (v11.length > 5000 && tooLong(v11, 5000)) {
      ok = longFail(c, ["secret"], 5000, v11);
    }
  }
  const v12 = v.status;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["status"], v12, ok);
  } else {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["status"], "string", v12);
    } else if (v12.length > 5000 && tooLong(v12, 5000)) {
      ok = longFail(c, ["status"], 5000, v12);
    }
  }
  const v13 = v.url;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["url"], v13, ok);
  } else {
    if (typeof v13 !== "string") {
      ok = wrongType(c, ["url"], "string", v13);
    } else if (v13.length > 5000 && tooLong(v13, 5000)) {
      ok = longFail(c, ["url"], 5000, v13);
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
  const v0 = v.api_version;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.application;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.created;
  if (!isInt(v2)) return false;
  const v3 = v.description;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.enabled_events;
  if (!isArray(v4)) return false;
  for (let i0 = 0; i0 < v4.length; i0++) {
    const v5 = v4[i0];
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.id;
  if (typeof v6 !== "string") return false;
  if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  const v7 = v.livemode;
  if (typeof v7 !== "boolean") return false;
  const v8 = v.metadata;
  if (!isObject(v8)) return false;
  for (const k2 of Object.keys(v8)) {
    const v9 = entry(v8, k2);
    if (typeof v9 !== "string") return false;
    if (v9.length > 500 && tooLong(v9, 500)) return false;
  }
  const v10 = v.object;
  if (v10 !== "webhook_endpoint") return false;
  const v11 = v.secret;
  if (v11 !== undefined) {
    if (typeof v11 !== "string") return false;
    if (v11.length > 5000 && tooLong(v11, 5000)) return false;
  }
  const v12 = v.status;
  if (typeof v12 !== "string") return false;
  if (v12.length > 5000 && tooLong(v12, 5000)) return false;
  const v13 = v.url;
  if (typeof v13 !== "string") return false;
  if (v13.length > 5000 && tooLong(v13, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    api_version: opt(nul(str())),
    application: opt(nul(str())),
    created: req(int("unix-time")),
    description: opt(nul(str())),
    enabled_events: req(list(str())),
    id: req(str()),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    object: req(oneOf(e0)),
    secret: opt(str()),
    status: req(str()),
    url: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "webhook_endpoint",
  branch: "webhook_endpoint",
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
  schema as WebhookEndpoint,
  validateInput as validateWebhookEndpoint,
  isValid as isWebhookEndpoint,
  check as checkWebhookEndpoint,
  test as testWebhookEndpoint,
};
