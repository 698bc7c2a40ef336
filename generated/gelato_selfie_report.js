import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  GelatoSelfieReportError,
  checkGelatoSelfieReportError,
  testGelatoSelfieReportError,
} from "./gelato_selfie_report_error.js";

const k0 = /* @__PURE__ */ set(["document", "error", "selfie", "status"]);
const e0 = /* @__PURE__ */ set(["unverified", "verified"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.document;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["document"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["document"], 5000, v0);
    }
  }
  const v1 = v.error;
  if (v1 !== undefined && v1 !== null) {
    ok = into(c, checkGelatoSelfieReportError, v1, ok, "error");
  }
  const v2 = v.selfie;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["selfie"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["selfie"], 5000, v2);
    }
  }
  const v3 = v.status;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["status"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["status"], "string", v3);
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
  const v0 = v.document;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.error;
  if (v1 !== undefined && v1 !== null) {
    if (!testGelatoSelfieReportError(v1, c)) return false;
  }
  const v2 = v.selfie;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.status;
  if (typeof v3 !== "string") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    document: opt(nul(str())),
    error: opt(nul(ref(GelatoSelfieReportError))),
    selfie: opt(nul(str())),
    status: req(oneOf(e0, true)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "gelato_selfie_report",
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
  schema as GelatoSelfieReport,
  validateInput as validateGelatoSelfieReport,
  isValid as isGelatoSelfieReport,
  check as checkGelatoSelfieReport,
  test as testGelatoSelfieReport,
};
