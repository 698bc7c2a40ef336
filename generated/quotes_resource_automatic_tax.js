import {
  deeper,
  enter,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, nul, obj, oneOf, opt, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "complete",
  "failed",
  "requires_location_inputs",
]);
const k0 = /* @__PURE__ */ set(["enabled", "status"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.enabled;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["enabled"], v0, ok);
  } else {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["enabled"], "boolean", v0);
    }
  }
  const v1 = v.status;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["status"], e0, v1, ok);
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
  const v0 = v.enabled;
  if (typeof v0 !== "boolean") return false;
  const v1 = v.status;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ enabled: req(bool()), status: opt(nul(oneOf(e0))) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "quotes_resource_automatic_tax",
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
  schema as QuotesResourceAutomaticTax,
  validateInput as validateQuotesResourceAutomaticTax,
  isValid as isQuotesResourceAutomaticTax,
  check as checkQuotesResourceAutomaticTax,
  test as testQuotesResourceAutomaticTax,
};
