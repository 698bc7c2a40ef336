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
  GelatoDocumentReport,
  checkGelatoDocumentReport,
  testGelatoDocumentReport,
} from "./gelato_document_report.js";
import {
  GelatoIdNumberReport,
  checkGelatoIdNumberReport,
  testGelatoIdNumberReport,
} from "./gelato_id_number_report.js";
import {
  GelatoSelfieReport,
  checkGelatoSelfieReport,
  testGelatoSelfieReport,
} from "./gelato_selfie_report.js";
import {
  GelatoVerificationReportOptions,
  checkGelatoVerificationReportOptions,
  testGelatoVerificationReportOptions,
} from "./gelato_verification_report_options.js";

const e0 = /* @__PURE__ */ set(["identity.verification_report"]);
const k0 = /* @__PURE__ */ set([
  "created",
  "document",
  "id",
  "id_number",
  "livemode",
  "object",
  "options",
  "selfie",
  "type",
  "verification_session",
]);
const e1 = /* @__PURE__ */ set(["document", "id_number"]);

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
  const v1 = v.document;
  if (v1 !== undefined) {
    ok = into(c, checkGelatoDocumentReport, v1, ok, "document");
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
  const v3 = v.id_number;
  if (v3 !== undefined) {
    ok = into(c, checkGelatoIdNumberReport, v3, ok, "id_number");
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
  const v6 = v.options;
  if (v6 !== undefined) {
    ok = into(c, checkGelatoVerificationReportOptions, v6, ok, "options");
  }
  const v7 = v.selfie;
  if (v7 !== undefined) {
    ok = into(c, checkGelatoSelfieReport, v7, ok, "selfie");
  }
  const v8 = v.type;
  if (v8 !== undefined) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["type"], "string", v8);
    }
  }
  const v9 = v.verification_session;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["verification_session"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["verification_session"], 5000, v9);
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
  const v1 = v.document;
  if (v1 !== undefined) {
    if (!testGelatoDocumentReport(v1, c)) return false;
  }
  const v2 = v.id;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.id_number;
  if (v3 !== undefined) {
    if (!testGelatoIdNumberReport(v3, c)) return false;
  }
  const v4 = v.livemode;
  if (typeof v4 !== "boolean") return false;
  const v5 = v.object;
  if (v5 !== "identity.verification_report") return false;
  const v6 = v.options;
  if (v6 !== undefined) {
    if (!testGelatoVerificationReportOptions(v6, c)) return false;
  }
  const v7 = v.selfie;
  if (v7 !== undefined) {
    if (!testGelatoSelfieReport(v7, c)) return false;
  }
  const v8 = v.type;
  if (v8 !== undefined) {
    if (typeof v8 !== "string") return false;
  }
  const v9 = v.verification_session;
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
    document: opt(ref(GelatoDocumentReport)),
    id: req(str()),
    id_number: opt(ref(GelatoIdNumberReport)),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    options: opt(ref(GelatoVerificationReportOptions)),
    selfie: opt(ref(GelatoSelfieReport)),
    type: opt(oneOf(e1, true)),
    verification_session: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "identity.verification_report",
  branch: "identity.verification_report",
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
  schema as IdentityVerificationReport,
  validateInput as validateIdentityVerificationReport,
  isValid as isIdentityVerificationReport,
  check as checkIdentityVerificationReport,
  test as testIdentityVerificationReport,
};
