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
import { obj, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["reference", "url"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.reference;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["reference"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["reference"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["reference"], 5000, v0);
    }
  }
  const v1 = v.url;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["url"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["url"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["url"], 5000, v1);
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
  const v0 = v.reference;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.url;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ reference: req(str()), url: req(str()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "mandate_sepa_debit",
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
  schema as MandateSepaDebit,
  validateInput as validateMandateSepaDebit,
  isValid as isMandateSepaDebit,
  check as checkMandateSepaDebit,
  test as testMandateSepaDebit,
};
