import {
  deeper,
  enter,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["reference", "statement_descriptor"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.reference;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["reference"], "string", v0);
    }
  }
  const v1 = v.statement_descriptor;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["statement_descriptor"], "string", v1);
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
  const v0 = v.reference;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
  }
  const v1 = v.statement_descriptor;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    reference: opt(nul(str())),
    statement_descriptor: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source_type_eps",
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
  schema as SourceTypeEps,
  validateInput as validateSourceTypeEps,
  isValid as isSourceTypeEps,
  check as checkSourceTypeEps,
  test as testSourceTypeEps,
};
