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
import { bool, int, obj, oneOf, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  ConnectEmbeddedAccountSessionCreateComponents,
  checkConnectEmbeddedAccountSessionCreateComponents,
  testConnectEmbeddedAccountSessionCreateComponents,
} from "./connect_embedded_account_session_create_components.js";

const e0 = /* @__PURE__ */ set(["account_session"]);
const k0 = /* @__PURE__ */ set([
  "account",
  "client_secret",
  "components",
  "expires_at",
  "livemode",
  "object",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.account;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["account"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["account"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["account"], 5000, v0);
    }
  }
  const v1 = v.client_secret;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["client_secret"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["client_secret"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["client_secret"], 5000, v1);
    }
  }
  const v2 = v.components;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["components"], v2, ok);
  } else {
    ok = into(
      c,
      checkConnectEmbeddedAccountSessionCreateComponents,
      v2,
      ok,
      "components",
    );
  }
  const v3 = v.expires_at;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["expires_at"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["expires_at"], "integer", v3);
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
  const v5 = v.object;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["object"], v5, ok);
  } else {
    if (!e0.has(v5)) {
      ok = notInEnum(c, ["object"], e0, v5, ok);
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
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.client_secret;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.components;
  if (!testConnectEmbeddedAccountSessionCreateComponents(v2, c)) return false;
  const v3 = v.expires_at;
  if (!isInt(v3)) return false;
  const v4 = v.livemode;
  if (typeof v4 !== "boolean") return false;
  const v5 = v.object;
  if (v5 !== "account_session") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    account: req(str()),
    client_secret: req(str()),
    components: req(ref(ConnectEmbeddedAccountSessionCreateComponents)),
    expires_at: req(int("unix-time")),
    livemode: req(bool()),
    object: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "account_session",
  branch: "account_session",
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
  schema as AccountSession,
  validateInput as validateAccountSession,
  isValid as isAccountSession,
  check as checkAccountSession,
  test as testAccountSession,
};
