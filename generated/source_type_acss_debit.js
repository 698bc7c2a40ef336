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
  "bank_address_city",
  "bank_address_line_1",
  "bank_address_line_2",
  "bank_address_postal_code",
  "bank_name",
  "category",
  "country",
  "fingerprint",
  "last4",
  "routing_number",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.bank_address_city;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["bank_address_city"], "string", v0);
    }
  }
  const v1 = v.bank_address_line_1;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["bank_address_line_1"], "string", v1);
    }
  }
  const v2 = v.bank_address_line_2;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["bank_address_line_2"], "string", v2);
    }
  }
  const v3 = v.bank_address_postal_code;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["bank_address_postal_code"], "string", v3);
    }
  }
  const v4 = v.bank_name;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["bank_name"], "string", v4);
    }
  }
  const v5 = v.category;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["category"], "string", v5);
    }
  }
  const v6 = v.country;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["country"], "string", v6);
    }
  }
  const v7 = v.fingerprint;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["fingerprint"], "string", v7);
    }
  }
  const v8 = v.last4;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["last4"], "string", v8);
    }
  }
  const v9 = v.routing_number;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["routing_number"], "string", v9);
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
  const v0 = v.bank_address_city;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
  }
  const v1 = v.bank_address_line_1;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v.bank_address_line_2;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
  }
  const v3 = v.bank_address_postal_code;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
  }
  const v4 = v.bank_name;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
  }
  const v5 = v.category;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
  }
  const v6 = v.country;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
  }
  const v7 = v.fingerprint;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
  }
  const v8 = v.last4;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
  }
  const v9 = v.routing_number;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    bank_address_city: opt(nul(str())),
    bank_address_line_1: opt(nul(str())),
    bank_address_line_2: opt(nul(str())),
    bank_address_postal_code: opt(nul(str())),
    bank_name: opt(nul(str())),
    category: opt(nul(str())),
    country: opt(nul(str())),
    fingerprint: opt(nul(str())),
    last4: opt(nul(str())),
    routing_number: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source_type_acss_debit",
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
  schema as SourceTypeAcssDebit,
  validateInput as validateSourceTypeAcssDebit,
  isValid as isSourceTypeAcssDebit,
  check as checkSourceTypeAcssDebit,
  test as testSourceTypeAcssDebit,
};
