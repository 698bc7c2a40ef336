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
  "bank_code",
  "branch_code",
  "country",
  "fingerprint",
  "last4",
  "mandate_reference",
  "mandate_url",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.bank_code;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["bank_code"], "string", v0);
    }
  }
  const v1 = v.branch_code;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["branch_code"], "string", v1);
    }
  }
  const v2 = v.country;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["country"], "string", v2);
    }
  }
  const v3 = v.fingerprint;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["fingerprint"], "string", v3);
    }
  }
  const v4 = v.last4;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["last4"], "string", v4);
    }
  }
  const v5 = v.mandate_reference;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["mandate_reference"], "string", v5);
    }
  }
  const v6 = v.mandate_url;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["mandate_url"], "string", v6);
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
  const v0 = v.bank_code;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
  }
  const v1 = v.branch_code;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v.country;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
  }
  const v3 = v.fingerprint;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
  }
  const v4 = v.last4;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
  }
  const v5 = v.mandate_reference;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
  }
  const v6 = v.mandate_url;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    bank_code: opt(nul(str())),
    branch_code: opt(nul(str())),
    country: opt(nul(str())),
    fingerprint: opt(nul(str())),
    last4: opt(nul(str())),
    mandate_reference: opt(nul(str())),
    mandate_url: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source_type_sepa_debit",
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
  schema as SourceTypeSepaDebit,
  validateInput as validateSourceTypeSepaDebit,
  isValid as isSourceTypeSepaDebit,
  check as checkSourceTypeSepaDebit,
  test as testSourceTypeSepaDebit,
};
