import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, nul, obj, opt, ref, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  AccountRequirementsError,
  checkAccountRequirementsError,
  testAccountRequirementsError,
} from "./account_requirements_error.js";

const k0 = /* @__PURE__ */ set([
  "currently_due",
  "errors",
  "past_due",
  "pending_verification",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.currently_due;
  if (v0 !== undefined && v0 !== null) {
    if (!isArray(v0)) {
      ok = wrongType(c, ["currently_due"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        if (typeof v1 !== "string") {
          ok = wrongType(c, ["currently_due", i0], "string", v1);
        } else if (v1.length > 5000 && tooLong(v1, 5000)) {
          ok = longFail(c, ["currently_due", i0], 5000, v1);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.errors;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) {
      ok = wrongType(c, ["errors"], "array", v2);
    } else {
      for (let i1 = 0; i1 < v2.length; i1++) {
        const v3 = v2[i1];
        ok = into(c, checkAccountRequirementsError, v3, ok, "errors", i1);
        if (!ok && full(c)) break;
      }
    }
  }
  const v4 = v.past_due;
  if (v4 !== undefined && v4 !== null) {
    if (!isArray(v4)) {
      ok = wrongType(c, ["past_due"], "array", v4);
    } else {
      for (let i2 = 0; i2 < v4.length; i2++) {
        const v5 = v4[i2];
        if (typeof v5 !== "string") {
          ok = wrongType(c, ["past_due", i2], "string", v5);
        } else if (v5.length > 5000 && tooLong(v5, 5000)) {
          ok = longFail(c, ["past_due", i2], 5000, v5);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v6 = v.pending_verification;
  if (v6 !== undefined && v6 !== null) {
    if (!isArray(v6)) {
      ok = wrongType(c, ["pending_verification"], "array", v6);
    } else {
      for (let i3 = 0; i3 < v6.length; i3++) {
        const v7 = v6[i3];
        if (typeof v7 !== "string") {
          ok = wrongType(c, ["pending_verification", i3], "string", v7);
        } else if (v7.length > 5000 && tooLong(v7, 5000)) {
          ok = longFail(c, ["pending_verification", i3], 5000, v7);
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
  const v0 = v.currently_due;
  if (v0 !== undefined && v0 !== null) {
    if (!isArray(v0)) return false;
    for (let i0 = 0; i0 < v0.length; i0++) {
      const v1 = v0[i0];
      if (typeof v1 !== "string") return false;
      if (v1.length > 5000 && tooLong(v1, 5000)) return false;
    }
  }
  const v2 = v.errors;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) return false;
    for (let i1 = 0; i1 < v2.length; i1++) {
      const v3 = v2[i1];
      if (!testAccountRequirementsError(v3, c)) return false;
    }
  }
  const v4 = v.past_due;
  if (v4 !== undefined && v4 !== null) {
    if (!isArray(v4)) return false;
    for (let i2 = 0; i2 < v4.length; i2++) {
      const v5 = v4[i2];
      if (typeof v5 !== "string") return false;
      if (v5.length > 5000 && tooLong(v5, 5000)) return false;
    }
  }
  const v6 = v.pending_verification;
  if (v6 !== undefined && v6 !== null) {
    if (!isArray(v6)) return false;
    for (let i3 = 0; i3 < v6.length; i3++) {
      const v7 = v6[i3];
      if (typeof v7 !== "string") return false;
      if (v7.length > 5000 && tooLong(v7, 5000)) return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    currently_due: opt(nul(list(str()))),
    errors: opt(nul(list(ref(AccountRequirementsError)))),
    past_due: opt(nul(list(str()))),
    pending_verification: opt(nul(list(str()))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "external_account_requirements",
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
  schema as ExternalAccountRequirements,
  validateInput as validateExternalAccountRequirements,
  isValid as isExternalAccountRequirements,
  check as checkExternalAccountRequirements,
  test as testExternalAccountRequirements,
};
