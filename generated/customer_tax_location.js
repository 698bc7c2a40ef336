import {
  deeper,
  enter,
  isObject,
  longFail,
  missing,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "billing_address",
  "ip_address",
  "payment_method",
  "shipping_destination",
]);
const k0 = /* @__PURE__ */ set(["country", "source", "state"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.country;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["country"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["country"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["country"], 5000, v0);
    }
  }
  const v1 = v.source;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["source"], v1, ok);
  } else {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["source"], e0, v1, ok);
    }
  }
  const v2 = v.state;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["state"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["state"], 5000, v2);
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
  const v0 = v.country;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.source;
  if (!e0.has(v1)) return false;
  const v2 = v.state;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    country: req(str()),
    source: req(oneOf(e0)),
    state: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "customer_tax_location",
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
  schema as CustomerTaxLocation,
  validateInput as validateCustomerTaxLocation,
  isValid as isCustomerTaxLocation,
  check as checkCustomerTaxLocation,
  test as testCustomerTaxLocation,
};
