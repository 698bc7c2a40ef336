import {
  deeper,
  enter,
  full,
  isArray,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, obj, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "alternative_fields_due",
  "original_fields_due",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.alternative_fields_due;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["alternative_fields_due"], v0, ok);
  } else {
    if (!isArray(v0)) {
      ok = wrongType(c, ["alternative_fields_due"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        if (typeof v1 !== "string") {
          ok = wrongType(c, ["alternative_fields_due", i0], "string", v1);
        } else if (v1.length > 5000 && tooLong(v1, 5000)) {
          ok = longFail(c, ["alternative_fields_due", i0], 5000, v1);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.original_fields_due;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["original_fields_due"], v2, ok);
  } else {
    if (!isArray(v2)) {
      ok = wrongType(c, ["original_fields_due"], "array", v2);
    } else {
      for (let i1 = 0; i1 < v2.length; i1++) {
        const v3 = v2[i1];
        if (typeof v3 !== "string") {
          ok = wrongType(c, ["original_fields_due", i1], "string", v3);
        } else if (v3.length > 5000 && tooLong(v3, 5000)) {
          ok = longFail(c, ["original_fields_due", i1], 5000, v3);
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
  const v0 = v.alternative_fields_due;
  if (!isArray(v0)) return false;
  for (let i0 = 0; i0 < v0.length; i0++) {
    const v1 = v0[i0];
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.original_fields_due;
  if (!isArray(v2)) return false;
  for (let i1 = 0; i1 < v2.length; i1++) {
    const v3 = v2[i1];
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    alternative_fields_due: req(list(str())),
    original_fields_due: req(list(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "account_requirements_alternative",
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
  schema as AccountRequirementsAlternative,
  validateInput as validateAccountRequirementsAlternative,
  isValid as isAccountRequirementsAlternative,
  check as checkAccountRequirementsAlternative,
  test as testAccountRequirementsAlternative,
};
