import {
  deeper,
  enter,
  full,
  into,
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
import { list, nul, obj, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  AccountRequirementsAlternative,
  checkAccountRequirementsAlternative,
  testAccountRequirementsAlternative,
} from "./account_requirements_alternative.js";
import {
  AccountRequirementsError,
  checkAccountRequirementsError,
  testAccountRequirementsError,
} from "./account_requirements_error.js";

const k0 = /* @__PURE__ */ set([
  "alternatives",
  "currently_due",
  "errors",
  "eventually_due",
  "past_due",
  "pending_verification",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.alternatives;
  if (v0 !== undefined && v0 !== null) {
    if (!isArray(v0)) {
      ok = wrongType(c, ["alternatives"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        ok = into(
          c,
          checkAccountRequirementsAlternative,
          v1,
          ok,
          "alternatives",
          i0,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.currently_due;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["currently_due"], v2, ok);
  } else {
    if (!isArray(v2)) {
      ok = wrongType(c, ["currently_due"], "array", v2);
    } else {
      for (let i1 = 0; i1 < v2.length; i1++) {
        const v3 = v2[i1];
        if (typeof v3 !== "string") {
          ok = wrongType(c, ["currently_due", i1], "string", v3);
        } else if (v3.length > 5000 && tooLong(v3, 5000)) {
          ok = longFail(c, ["currently_due", i1], 5000, v3);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v4 = v.errors;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["errors"], v4, ok);
  } else {
    if (!isArray(v4)) {
      ok = wrongType(c, ["errors"], "array", v4);
    } else {
      for (let i2 = 0; i2 < v4.length; i2++) {
        const v5 = v4[i2];
        ok = into(c, checkAccountRequirementsError, v5, ok, "errors", i2);
        if (!ok && full(c)) break;
      }
    }
  }
  const v6 = v.eventually_due;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["eventually_due"], v6, ok);
  } else {
    if (!isArray(v6)) {
      ok = wrongType(c, ["eventually_due"], "array", v6);
    } else {
      for (let i3 = 0; i3 < v6.length; i3++) {
        const v7 = v6[i3];
        if (typeof v7 !== "string") {
          ok = wrongType(c, ["eventually_due", i3], "string", v7);
        } else if (v7.length > 5000 && tooLong(v7, 5000)) {
          ok = longFail(c, ["eventually_due", i3], 5000, v7);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v8 = v.past_due;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["past_due"], v8, ok);
  } else {
    if (!isArray(v8)) {
      ok = wrongType(c, ["past_due"], "array", v8);
    } else {
      for (let i4 = 0; i4 < v8.length; i4++) {
        const v9 = v8[i4];
        if (typeof v9 !== "string") {
          ok = wrongType(c, ["past_due", i4], "string", v9);
        } else if (v9.length > 5000 && tooLong(v9, 5000)) {
          ok = longFail(c, ["past_due", i4], 5000, v9);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v10 = v.pending_verification;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["pending_verification"], v10, ok);
  } else {
    if (!isArray(v10)) {
      ok = wrongType(c, ["pending_verification"], "array", v10);
    } else {
      for (let i5 = 0; i5 < v10.length; i5++) {
        const v11 = v10[i5];
        if (typeof v11 !== "string") {
          ok = wrongType(c, ["pending_verification", i5], "string", v11);
        } else if (v11.length > 5000 && tooLong(v11, 5000)) {
          ok = longFail(c, ["pending_verification", i5], 5000, v11);
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
  const v0 = v.alternatives;
  if (v0 !== undefined && v0 !== null) {
    if (!isArray(v0)) return false;
    for (let i0 = 0; i0 < v0.length; i0++) {
      const v1 = v0[i0];
      if (!testAccountRequirementsAlternative(v1, c)) return false;
    }
  }
  const v2 = v.currently_due;
  if (!isArray(v2)) return false;
  for (let i1 = 0; i1 < v2.length; i1++) {
    const v3 = v2[i1];
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.errors;
  if (!isArray(v4)) return false;
  for (let i2 = 0; i2 < v4.length; i2++) {
    const v5 = v4[i2];
    if (!testAccountRequirementsError(v5, c)) return false;
  }
  const v6 = v.eventually_due;
  if (!isArray(v6)) return false;
  for (let i3 = 0; i3 < v6.length; i3++) {
    const v7 = v6[i3];
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.past_due;
  if (!isArray(v8)) return false;
  for (let i4 = 0; i4 < v8.length; i4++) {
    const v9 = v8[i4];
    if (typeof v9 !== "string") return false;
    if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  }
  const v10 = v.pending_verification;
  if (!isArray(v10)) return false;
  for (let i5 = 0; i5 < v10.length; i5++) {
    const v11 = v10[i5];
    if (typeof v11 !== "string") return false;
    if (v11.length > 5000 && tooLong(v11, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    alternatives: opt(nul(list(ref(AccountRequirementsAlternative)))),
    currently_due: req(list(str())),
    errors: req(list(ref(AccountRequirementsError))),
    eventually_due: req(list(str())),
    past_due: req(list(str())),
    pending_verification: req(list(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "person_requirements",
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
  schema as PersonRequirements,
  validateInput as validatePersonRequirements,
  isValid as isPersonRequirements,
  check as checkPersonRequirements,
  test as testPersonRequirements,
};
