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
  GelatoSessionDocumentOptions,
  checkGelatoSessionDocumentOptions,
  testGelatoSessionDocumentOptions,
} from "./gelato_session_document_options.js";
import {
  GelatoSessionIdNumberOptions,
  checkGelatoSessionIdNumberOptions,
  testGelatoSessionIdNumberOptions,
} from "./gelato_session_id_number_options.js";

const k0 = /* @__PURE__ */ set(["document", "id_number"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.document;
  if (v0 !== undefined) {
    ok = into(c, checkGelatoSessionDocumentOptions, v0, ok, "document");
  }
  const v1 = v.id_number;
  if (v1 !== undefined) {
    ok = into(c, checkGelatoSessionIdNumberOptions, v1, ok, "id_number");
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
    if (!testGelatoSessionDocumentOptions(v0, c)) return false;
  }
  const v1 = v.id_number;
  if (v1 !== undefined) {
    if (!testGelatoSessionIdNumberOptions(v1, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    document: opt(ref(GelatoSessionDocumentOptions)),
    id_number: opt(ref(GelatoSessionIdNumberOptions)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "gelato_verification_session_options",
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
  schema as GelatoVerificationSessionOptions,
  validateInput as validateGelatoVerificationSessionOptions,
  isValid as isGelatoVerificationSessionOptions,
  check as checkGelatoVerificationSessionOptions,
  test as testGelatoVerificationSessionOptions,
};
