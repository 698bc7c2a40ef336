import {
  deeper,
  enter,
  isInt,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, int, nul, obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "address_line1_check",
  "address_zip_check",
  "authenticated",
  "brand",
  "card",
  "country",
  "customer",
  "cvc_check",
  "dynamic_last4",
  "exp_month",
  "exp_year",
  "fingerprint",
  "funding",
  "last4",
  "name",
  "three_d_secure",
  "tokenization_method",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.address_line1_check;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["address_line1_check"], "string", v0);
    }
  }
  const v1 = v.address_zip_check;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["address_zip_check"], "string", v1);
    }
  }
  const v2 = v.authenticated;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "boolean") {
      ok = wrongType(c, ["authenticated"], "boolean", v2);
    }
  }
  const v3 = v.brand;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["brand"], "string", v3);
    }
  }
  const v4 = v.card;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["card"], "string", v4);
    }
  }
  const v5 = v.country;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["country"], "string", v5);
    }
  }
  const v6 = v.customer;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["customer"], "string", v6);
    }
  }
  const v7 = v.cvc_check;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["cvc_check"], "string", v7);
    }
  }
  const v8 = v.dynamic_last4;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["dynamic_last4"], "string", v8);
    }
  }
  const v9 = v.exp_month;
  if (v9 !== undefined && v9 !== null) {
    if (!isInt(v9)) {
      ok = wrongType(c, ["exp_month"], "integer", v9);
    }
  }
  const v10 = v.exp_year;
  if (v10 !== undefined && v10 !== null) {
    if (!isInt(v10)) {
      ok = wrongType(c, ["exp_year"], "integer", v10);
    }
  }
  const v11 = v.fingerprint;
  if (v11 !== undefined) {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["fingerprint"], "string", v11);
    }
  }
  const v12 = v.funding;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["funding"], "string", v12);
    }
  }
  const v13 = v.last4;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") {
      ok = wrongType(c, ["last4"], "string", v13);
    }
  }
  const v14 = v.name;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 !== "string") {
      ok = wrongType(c, ["name"], "string", v14);
    }
  }
  const v15 = v.three_d_secure;
  if (v15 !== undefined) {
    if (typeof v15 !== "string") {
      ok = wrongType(c, ["three_d_secure"], "string", v15);
    }
  }
  const v16 = v.tokenization_method;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "string") {
      ok = wrongType(c, ["tokenization_method"], "string", v16);
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
  const v0 = v.address_line1_check;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
  }
  const v1 = v.address_zip_check;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v.authenticated;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "boolean") return false;
  }
  const v3 = v.brand;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
  }
  const v4 = v.card;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
  }
  const v5 = v.country;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
  }
  const v6 = v.customer;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
  }
  const v7 = v.cvc_check;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
  }
  const v8 = v.dynamic_last4;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
  }
  const v9 = v.exp_month;
  if (v9 !== undefined && v9 !== null) {
    if (!isInt(v9)) return false;
  }
  const v10 = v.exp_year;
  if (v10 !== undefined && v10 !== null) {
    if (!isInt(v10)) return false;
  }
  const v11 = v.fingerprint;
  if (v11 !== undefined) {
    if (typeof v11 !== "string") return false;
  }
  const v12 = v.funding;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") return false;
  }
  const v13 = v.last4;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") return false;
  }
  const v14 = v.name;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 !== "string") return false;
  }
  const v15 = v.three_d_secure;
  if (v15 !== undefined) {
    if (typeof v15 !== "string") return false;
  }
  const v16 = v.tokenization_method;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    address_line1_check: opt(nul(str())),
    address_zip_check: opt(nul(str())),
    authenticated: opt(nul(bool())),
    brand: opt(nul(str())),
    card: opt(nul(str())),
    country: opt(nul(str())),
    customer: opt(nul(str())),
    cvc_check: opt(nul(str())),
    dynamic_last4: opt(nul(str())),
    exp_month: opt(nul(int())),
    exp_year: opt(nul(int())),
    fingerprint: opt(str()),
    funding: opt(nul(str())),
    last4: opt(nul(str())),
    name: opt(nul(str())),
    three_d_secure: opt(str()),
    tokenization_method: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source_type_three_d_secure",
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
  schema as SourceTypeThreeDSecure,
  validateInput as validateSourceTypeThreeDSecure,
  isValid as isSourceTypeThreeDSecure,
  check as checkSourceTypeThreeDSecure,
  test as testSourceTypeThreeDSecure,
};
