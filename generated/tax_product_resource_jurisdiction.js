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
  "city",
  "country",
  "county",
  "district",
  "state",
]);
const k0 = /* @__PURE__ */ set(["country", "display_name", "level", "state"]);

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
  const v1 = v.display_name;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["display_name"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["display_name"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["display_name"], 5000, v1);
    }
  }
  const v2 = v.level;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["level"], v2, ok);
  } else {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["level"], e0, v2, ok);
    }
  }
  const v3 = v.state;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["state"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["state"], 5000, v3);
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
  const v1 = v.display_name;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.level;
  if (!e0.has(v2)) return false;
  const v3 = v.state;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    country: req(str()),
    display_name: req(str()),
    level: req(oneOf(e0)),
    state: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax_product_resource_jurisdiction",
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
  schema as TaxProductResourceJurisdiction,
  validateInput as validateTaxProductResourceJurisdiction,
  isValid as isTaxProductResourceJurisdiction,
  check as checkTaxProductResourceJurisdiction,
  test as testTaxProductResourceJurisdiction,
};
