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
  NotificationEventData,
  checkNotificationEventData,
  testNotificationEventData,
} from "./notification_event_data.js";
import {
  NotificationEventRequest,
  checkNotificationEventRequest,
  testNotificationEventRequest,
} from "./notification_event_request.js";

const e0 = /* @__PURE__ */ set(["event"]);
const k0 = /* @__PURE__ */ set([
  "account",
  "api_version",
  "created",
  "data",
  "id",
  "livemode",
  "object",
  "pending_webhooks",
  "request",
  "type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.account;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["account"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["account"], 5000, v0);
    }
  }
  const v1 = v.api_version;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["api_version"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["api_version"], 5000, v1);
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
  const v3 = v.data;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["data"], v3, ok);
  } else {
    ok = into(c, checkNotificationEventData, v3, ok, "data");
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
  const v7 = v.pending_webhooks;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["pending_webhooks"], v7, ok);
  } else {
    if (!isInt(v7)) {
      ok = wrongType(c, ["pending_webhooks"], "integer", v7);
    }
  }
  const v8 = v.request;
  if (v8 !== undefined && v8 !== null) {
    ok = into(c, checkNotificationEventRequest, v8, ok, "request");
  }
  const v9 = v.type;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["type"], v9, ok);
  } else {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["type"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["type"], 5000, v9);
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
  const v0 = v.account;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.api_version;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.created;
  if (!isInt(v2)) return false;
  const v3 = v.data;
  if (!testNotificationEventData(v3, c)) return false;
  const v4 = v.id;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.livemode;
  if (typeof v5 !== "boolean") return false;
  const v6 = v.object;
  if (v6 !== "event") return false;
  const v7 = v.pending_webhooks;
  if (!isInt(v7)) return false;
  const v8 = v.request;
  if (v8 !== undefined && v8 !== null) {
    if (!testNotificationEventRequest(v8, c)) return false;
  }
  const v9 = v.type;
  if (typeof v9 !== "string") return false;
  if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    account: opt(str()),
    api_version: opt(nul(str())),
    created: req(int("unix-time")),
    data: req(ref(NotificationEventData)),
    id: req(str()),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    pending_webhooks: req(int()),
    request: opt(nul(ref(NotificationEventRequest))),
    type: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "event",
  branch: "event",
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
  schema as Event,
  validateInput as validateEvent,
  isValid as isEvent,
  check as checkEvent,
  test as testEvent,
};
