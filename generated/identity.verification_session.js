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
import {
  GelatoSessionLastError,
  checkGelatoSessionLastError,
  testGelatoSessionLastError,
} from "./gelato_session_last_error.js";
import {
  GelatoVerificationSessionOptions,
  checkGelatoVerificationSessionOptions,
  testGelatoVerificationSessionOptions,
} from "./gelato_verification_session_options.js";
import {
  GelatoVerifiedOutputs,
  checkGelatoVerifiedOutputs,
  testGelatoVerifiedOutputs,
} from "./gelato_verified_outputs.js";
import {
  IdentityVerificationReport,
  checkIdentityVerificationReport,
  testIdentityVerificationReport,
} from "./identity.verification_report.js";
import {
  VerificationSessionRedaction,
  checkVerificationSessionRedaction,
  testVerificationSessionRedaction,
} from "./verification_session_redaction.js";

const e0 = /* @__PURE__ */ set(["identity.verification_session"]);
const e1 = /* @__PURE__ */ set([
  "canceled",
  "processing",
  "requires_input",
  "verified",
]);
const k1 = /* @__PURE__ */ set([
  "client_secret",
  "created",
  "id",
  "last_error",
  "last_verification_report",
  "livemode",
  "metadata",
  "object",
  "options",
  "redaction",
  "status",
  "type",
  "url",
  "verified_outputs",
]);
const e2 = /* @__PURE__ */ set(["document", "id_number"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.client_secret;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["client_secret"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["client_secret"], 5000, v0);
    }
  }
  const v1 = v.created;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["created"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["created"], "integer", v1);
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
  const v3 = v.last_error;
  if (v3 !== undefined && v3 !== null) {
    ok = into(c, checkGelatoSessionLastError, v3, ok, "last_error");
  }
  const v4 = v.last_verification_report;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) {
        ok = longFail(c, ["last_verification_report"], 5000, v4);
      }
    } else if (isObject(v4)) {
      ok = into(
        c,
        checkIdentityVerificationReport,
        v4,
        ok,
        "last_verification_report",
      );
    } else {
      ok = wrongType(c, ["last_verification_report"], "string | object", v4);
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
  const v9 = v.options;
  if (v9 !== undefined && v9 !== null) {
    ok = into(c, checkGelatoVerificationSessionOptions, v9, ok, "options");
  }
  const v10 = v.redaction;
  if (v10 !== undefined && v10 !== null) {
    ok = into(c, checkVerificationSessionRedaction, v10, ok, "redaction");
  }
  const v11 = v.status;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["status"], v11, ok);
  } else {
    if (!e1.has(v11)) {
      ok = notInEnum(c, ["status"], e1, v11, ok);
    }
  }
  const v12 = v.type;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["type"], "string", v12);
    }
  }
  const v13 = v.url;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") {
      ok = wrongType(c, ["url"], "string", v13);
    } else if (v13.length > 5000 && tooLong(v13, 5000)) {
      ok = longFail(c, ["url"], 5000, v13);
    }
  }
  const v14 = v.verified_outputs;
  if (v14 !== undefined && v14 !== null) {
    ok = into(c, checkGelatoVerifiedOutputs, v14, ok, "verified_outputs");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.client_secret;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.created;
  if (!isInt(v1)) return false;
  const v2 = v.id;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.last_error;
  if (v3 !== undefined && v3 !== null) {
    if (!testGelatoSessionLastError(v3, c)) return false;
  }
  const v4 = v.last_verification_report;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) return false;
    } else if (isObject(v4)) {
      if (!testIdentityVerificationReport(v4, c)) return false;
    } else {
      return false;
    }
  }
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
  if (v8 !== "identity.verification_session") return false;
  const v9 = v.options;
  if (v9 !== undefined && v9 !== null) {
    if (!testGelatoVerificationSessionOptions(v9, c)) return false;
  }
  const v10 = v.redaction;
  if (v10 !== undefined && v10 !== null) {
    if (!testVerificationSessionRedaction(v10, c)) return false;
  }
  const v11 = v.status;
  if (!e1.has(v11)) return false;
  const v12 = v.type;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") return false;
  }
  const v13 = v.url;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") return false;
    if (v13.length > 5000 && tooLong(v13, 5000)) return false;
  }
  const v14 = v.verified_outputs;
  if (v14 !== undefined && v14 !== null) {
    if (!testGelatoVerifiedOutputs(v14, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    client_secret: opt(nul(str())),
    created: req(int("unix-time")),
    id: req(str()),
    last_error: opt(nul(ref(GelatoSessionLastError))),
    last_verification_report: opt(
      nul(union(str(), ref(IdentityVerificationReport))),
    ),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    object: req(oneOf(e0)),
    options: opt(nul(ref(GelatoVerificationSessionOptions))),
    redaction: opt(nul(ref(VerificationSessionRedaction))),
    status: req(oneOf(e1)),
    type: opt(nul(oneOf(e2, true))),
    url: opt(nul(str())),
    verified_outputs: opt(nul(ref(GelatoVerifiedOutputs))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "identity.verification_session",
  branch: "identity.verification_session",
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
  schema as IdentityVerificationSession,
  validateInput as validateIdentityVerificationSession,
  isValid as isIdentityVerificationSession,
  check as checkIdentityVerificationSession,
  test as testIdentityVerificationSession,
};
