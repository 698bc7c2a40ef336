import {
  deeper,
  enter,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "category",
  "category_code",
  "city",
  "country",
  "name",
  "network_id",
  "postal_code",
  "state",
  "terminal_id",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.category;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["category"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["category"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["category"], 5000, v0);
    }
  }
  const v1 = v.category_code;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["category_code"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["category_code"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["category_code"], 5000, v1);
    }
  }
  const v2 = v.city;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["city"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["city"], 5000, v2);
    }
  }
  const v3 = v.country;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["country"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["country"], 5000, v3);
    }
  }
  const v4 = v.name;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["name"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["name"], 5000, v4);
    }
  }
  const v5 = v.network_id;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["network_id"], v5, ok);
  } else {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["network_id"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["network_id"], 5000, v5);
    }
  }
  const v6 = v.postal_code;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["postal_code"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["postal_code"], 5000, v6);
    }
  }
  const v7 = v.state;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["state"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["state"], 5000, v7);
    }
  }
  const v8 = v.terminal_id;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["terminal_id"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["terminal_id"], 5000, v8);
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
  const v0 = v.category;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.category_code;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.city;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.country;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.name;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.network_id;
  if (typeof v5 !== "string") return false;
  if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  const v6 = v.postal_code;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.state;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.terminal_id;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    category: req(str()),
    category_code: req(str()),
    city: opt(nul(str())),
    country: opt(nul(str())),
    name: opt(nul(str())),
    network_id: req(str()),
    postal_code: opt(nul(str())),
    state: opt(nul(str())),
    terminal_id: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_authorization_merchant_data",
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
  schema as IssuingAuthorizationMerchantData,
  validateInput as validateIssuingAuthorizationMerchantData,
  isValid as isIssuingAuthorizationMerchantData,
  check as checkIssuingAuthorizationMerchantData,
  test as testIssuingAuthorizationMerchantData,
};
