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
  "entity",
  "reference",
  "refund_account_holder_address_city",
  "refund_account_holder_address_country",
  "refund_account_holder_address_line1",
  "refund_account_holder_address_line2",
  "refund_account_holder_address_postal_code",
  "refund_account_holder_address_state",
  "refund_account_holder_name",
  "refund_iban",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.entity;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["entity"], "string", v0);
    }
  }
  const v1 = v.reference;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["reference"], "string", v1);
    }
  }
  const v2 = v.refund_account_holder_address_city;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["refund_account_holder_address_city"], "string", v2);
    }
  }
  const v3 = v.refund_account_holder_address_country;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(
        c,
        ["refund_account_holder_address_country"],
        "string",
        v3,
      );
    }
  }
  const v4 = v.refund_account_holder_address_line1;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["refund_account_holder_address_line1"], "string", v4);
    }
  }
  const v5 = v.refund_account_holder_address_line2;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["refund_account_holder_address_line2"], "string", v5);
    }
  }
  const v6 = v.refund_account_holder_address_postal_code;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(
        c,
        ["refund_account_holder_address_postal_code"],
        "string",
        v6,
      );
    }
  }
  const v7 = v.refund_account_holder_address_state;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["refund_account_holder_address_state"], "string", v7);
    }
  }
  const v8 = v.refund_account_holder_name;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["refund_account_holder_name"], "string", v8);
    }
  }
  const v9 = v.refund_iban;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["refund_iban"], "string", v9);
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
  const v0 = v.entity;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
  }
  const v1 = v.reference;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v.refund_account_holder_address_city;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
  }
  const v3 = v.refund_account_holder_address_country;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
  }
  const v4 = v.refund_account_holder_address_line1;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
  }
  const v5 = v.refund_account_holder_address_line2;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
  }
  const v6 = v.refund_account_holder_address_postal_code;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
  }
  const v7 = v.refund_account_holder_address_state;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
  }
  const v8 = v.refund_account_holder_name;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
  }
  const v9 = v.refund_iban;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    entity: opt(nul(str())),
    reference: opt(nul(str())),
    refund_account_holder_address_city: opt(nul(str())),
    refund_account_holder_address_country: opt(nul(str())),
    refund_account_holder_address_line1: opt(nul(str())),
    refund_account_holder_address_line2: opt(nul(str())),
    refund_account_holder_address_postal_code: opt(nul(str())),
    refund_account_holder_address_state: opt(nul(str())),
    refund_account_holder_name: opt(nul(str())),
    refund_iban: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source_type_multibanco",
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
  schema as SourceTypeMultibanco,
  validateInput as validateSourceTypeMultibanco,
  isValid as isSourceTypeMultibanco,
  check as checkSourceTypeMultibanco,
  test as testSourceTypeMultibanco,
};
