import {
  deeper,
  enter,
  full,
  isArray,
  isObject,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, list, obj, oneOf, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["driving_license", "id_card", "passport"]);
const k0 = /* @__PURE__ */ set([
  "allowed_types",
  "require_id_number",
  "require_live_capture",
  "require_matching_selfie",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.allowed_types;
  if (v0 !== undefined) {
    if (!isArray(v0)) {
      ok = wrongType(c, ["allowed_types"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        if (!e0.has(v1)) {
          ok = notInEnum(c, ["allowed_types", i0], e0, v1, ok);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.require_id_number;
  if (v2 !== undefined) {
    if (typeof v2 !== "boolean") {
      ok = wrongType(c, ["require_id_number"], "boolean", v2);
    }
  }
  const v3 = v.require_live_capture;
  if (v3 !== undefined) {
    if (typeof v3 !== "boolean") {
      ok = wrongType(c, ["require_live_capture"], "boolean", v3);
    }
  }
  const v4 = v.require_matching_selfie;
  if (v4 !== undefined) {
    if (typeof v4 !== "boolean") {
      ok = wrongType(c, ["require_matching_selfie"], "boolean", v4);
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
  const v0 = v.allowed_types;
  if (v0 !== undefined) {
    if (!isArray(v0)) return false;
    for (let i0 = 0; i0 < v0.length; i0++) {
      const v1 = v0[i0];
      if (!e0.has(v1)) return false;
    }
  }
  const v2 = v.require_id_number;
  if (v2 !== undefined) {
    if (typeof v2 !== "boolean") return false;
  }
  const v3 = v.require_live_capture;
  if (v3 !== undefined) {
    if (typeof v3 !== "boolean") return false;
  }
  const v4 = v.require_matching_selfie;
  if (v4 !== undefined) {
    if (typeof v4 !== "boolean") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    allowed_types: opt(list(oneOf(e0))),
    require_id_number: opt(bool()),
    require_live_capture: opt(bool()),
    require_matching_selfie: opt(bool()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "gelato_report_document_options",
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
  schema as GelatoReportDocumentOptions,
  validateInput as validateGelatoReportDocumentOptions,
  isValid as isGelatoReportDocumentOptions,
  check as checkGelatoReportDocumentOptions,
  test as testGelatoReportDocumentOptions,
};
