import {
  deeper,
  enter,
  full,
  isArray,
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
import { list, nul, obj, oneOf, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["ach", "us_domestic_wire"]);
const k0 = /* @__PURE__ */ set(["preferred", "supported"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.preferred;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["preferred"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["preferred"], 5000, v0);
    }
  }
  const v1 = v.supported;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["supported"], v1, ok);
  } else {
    if (!isArray(v1)) {
      ok = wrongType(c, ["supported"], "array", v1);
    } else {
      for (let i0 = 0; i0 < v1.length; i0++) {
        const v2 = v1[i0];
        if (!e0.has(v2)) {
          ok = notInEnum(c, ["supported", i0], e0, v2, ok);
        }
        if (!ok && full(c)) break;
      }
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
  const v0 = v.preferred;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.supported;
  if (!isArray(v1)) return false;
  for (let i0 = 0; i0 < v1.length; i0++) {
    const v2 = v1[i0];
    if (!e0.has(v2)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ preferred: opt(nul(str())), supported: req(list(oneOf(e0))) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "us_bank_account_networks",
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
  schema as UsBankAccountNetworks,
  validateInput as validateUsBankAccountNetworks,
  isValid as isUsBankAccountNetworks,
  check as checkUsBankAccountNetworks,
  test as testUsBankAccountNetworks,
};
