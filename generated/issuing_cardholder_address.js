import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Address, checkAddress, testAddress } from "./address.js";

const k0 = /* @__PURE__ */ set(["address"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.address;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["address"], v0, ok);
  } else {
    ok = into(c, checkAddress, v0, ok, "address");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.address;
  if (!testAddress(v0, c)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ address: req(ref(Address)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_cardholder_address",
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
  schema as IssuingCardholderAddress,
  validateInput as validateIssuingCardholderAddress,
  isValid as isIssuingCardholderAddress,
  check as checkIssuingCardholderAddress,
  test as testIssuingCardholderAddress,
};
