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
import { obj, oneOf, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["tax_code"]);
const k0 = /* @__PURE__ */ set(["description", "id", "name", "object"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.description;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["description"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["description"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["description"], 5000, v0);
    }
  }
  const v1 = v.id;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["id"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["id"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["id"], 5000, v1);
    }
  }
  const v2 = v.name;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["name"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["name"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["name"], 5000, v2);
    }
  }
  const v3 = v.object;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["object"], v3, ok);
  } else {
    if (!e0.has(v3)) {
      ok = notInEnum(c, ["object"], e0, v3, ok);
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
  const v0 = v.description;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.id;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.name;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.object;
  if (v3 !== "tax_code") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    description: req(str()),
    id: req(str()),
    name: req(str()),
    object: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax_code",
  branch: "tax_code",
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
  schema as TaxCode,
  validateInput as validateTaxCode,
  isValid as isTaxCode,
  check as checkTaxCode,
  test as testTaxCode,
};
