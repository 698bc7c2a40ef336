import {
  deeper,
  enter,
  into,
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
import { nul, obj, oneOf, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  CustomerTaxLocation,
  checkCustomerTaxLocation,
  testCustomerTaxLocation,
} from "./customer_tax_location.js";

const e0 = /* @__PURE__ */ set([
  "failed",
  "not_collecting",
  "supported",
  "unrecognized_location",
]);
const k0 = /* @__PURE__ */ set(["automatic_tax", "ip_address", "location"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.automatic_tax;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["automatic_tax"], v0, ok);
  } else {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["automatic_tax"], e0, v0, ok);
    }
  }
  const v1 = v.ip_address;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["ip_address"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["ip_address"], 5000, v1);
    }
  }
  const v2 = v.location;
  if (v2 !== undefined && v2 !== null) {
    ok = into(c, checkCustomerTaxLocation, v2, ok, "location");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.automatic_tax;
  if (!e0.has(v0)) return false;
  const v1 = v.ip_address;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.location;
  if (v2 !== undefined && v2 !== null) {
    if (!testCustomerTaxLocation(v2, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    automatic_tax: req(oneOf(e0)),
    ip_address: opt(nul(str())),
    location: opt(nul(ref(CustomerTaxLocation))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "customer_tax",
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
  schema as CustomerTax,
  validateInput as validateCustomerTax,
  isValid as isCustomerTax,
  check as checkCustomerTax,
  test as testCustomerTax,
};
