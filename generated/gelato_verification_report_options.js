import {
  deeper,
  enter,
  into,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  GelatoReportDocumentOptions,
  checkGelatoReportDocumentOptions,
  testGelatoReportDocumentOptions,
} from "./gelato_report_document_options.js";
import {
  GelatoReportIdNumberOptions,
  checkGelatoReportIdNumberOptions,
  testGelatoReportIdNumberOptions,
} from "./gelato_report_id_number_options.js";

const k0 = /* @__PURE__ */ set(["document", "id_number"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.document;
  if (v0 !== undefined) {
    ok = into(c, checkGelatoReportDocumentOptions, v0, ok, "document");
  }
  const v1 = v.id_number;
  if (v1 !== undefined) {
    ok = into(c, checkGelatoReportIdNumberOptions, v1, ok, "id_number");
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
  if (v0 !== undefined) {
    if (!testGelatoReportDocumentOptions(v0, c)) return false;
  }
  const v1 = v.id_number;
  if (v1 !== undefined) {
    if (!testGelatoReportIdNumberOptions(v1, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    document: opt(ref(GelatoReportDocumentOptions)),
    id_number: opt(ref(GelatoReportIdNumberOptions)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "gelato_verification_report_options",
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
  schema as GelatoVerificationReportOptions,
  validateInput as validateGelatoVerificationReportOptions,
  isValid as isGelatoVerificationReportOptions,
  check as checkGelatoVerificationReportOptions,
  test as testGelatoVerificationReportOptions,
};
