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

const k0 = /* @__PURE__ */ set([
  "bank_name",
  "country",
  "fingerprint",
  "last4",
  "routing_number",
  "type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.bank_name;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["bank_name"], "string", v0);
    }
  }
  const v1 = v.country;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["country"], "string", v1);
    }
  }
  const v2 = v.fingerprint;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["fingerprint"], "string", v2);
    }
  }
  const v3 = v.last4;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["last4"], "string", v3);
    }
  }
  const v4 = v.routing_number;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["routing_number"], "string", v4);
    }
  }
  const v5 = v.type;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["type"], "string", v5);
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
  const v0 = v.bank_name;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
  }
  const v1 = v.country;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v.fingerprint;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
  }
  const v3 = v.last4;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
  }
  const v4 = v.routing_number;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
  }
  const v5 = v.type;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    bank_name: opt(nul(str())),
    country: opt(nul(str())),
    fingerprint: opt(nul(str())),
    last4: opt(nul(str())),
    routing_number: opt(nul(str())),
    type: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source_type_ach_debit",
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
  schema as SourceTypeAchDebit,
  validateInput as validateSourceTypeAchDebit,
  isValid as isSourceTypeAchDebit,
  check as checkSourceTypeAchDebit,
  test as testSourceTypeAchDebit,
};
