import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, ref, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Address, checkAddress, testAddress } from "./address.js";

const k0 = /* @__PURE__ */ set([
  "address",
  "email",
  "name",
  "phone",
  "verified_address",
  "verified_email",
  "verified_name",
  "verified_phone",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.address;
  if (v0 !== undefined && v0 !== null) {
    ok = into(c, checkAddress, v0, ok, "address");
  }
  const v1 = v.email;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["email"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["email"], 5000, v1);
    }
  }
  const v2 = v.name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["name"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["name"], 5000, v2);
    }
  }
  const v3 = v.phone;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["phone"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["phone"], 5000, v3);
    }
  }
  const v4 = v.verified_address;
  if (v4 !== undefined && v4 !== null) {
    ok = into(c, checkAddress, v4, ok, "verified_address");
  }
  const v5 = v.verified_email;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["verified_email"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["verified_email"], 5000, v5);
    }
  }
  const v6 = v.verified_name;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["verified_name"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["verified_name"], 5000, v6);
    }
  }
  const v7 = v.verified_phone;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["verified_phone"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["verified_phone"], 5000, v7);
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
  const v0 = v.address;
  if (v0 !== undefined && v0 !== null) {
    if (!testAddress(v0, c)) return false;
  }
  const v1 = v.email;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.phone;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.verified_address;
  if (v4 !== undefined && v4 !== null) {
    if (!testAddress(v4, c)) return false;
  }
  const v5 = v.verified_email;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.verified_name;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.verified_phone;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    address: opt(nul(ref(Address))),
    email: opt(nul(str())),
    name: opt(nul(str())),
    phone: opt(nul(str())),
    verified_address: opt(nul(ref(Address))),
    verified_email: opt(nul(str())),
    verified_name: opt(nul(str())),
    verified_phone: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source_owner",
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
  schema as SourceOwner,
  validateInput as validateSourceOwner,
  isValid as isSourceOwner,
  check as checkSourceOwner,
  test as testSourceOwner,
};
