import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isInt,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, list, nul, obj, opt, ref, str } from "./runtime/shape.js";
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
  "current_deadline",
  "currently_due",
  "disabled_reason",
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
  const v2 = v.current_deadline;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) {
      ok = wrongType(c, ["current_deadline"], "integer", v2);
    }
  }
  const v3 = v.currently_due;
  if (v3 !== undefined && v3 !== null) {
    if (!isArray(v3)) {
      ok = wrongType(c, ["currently_due"], "array", v3);
    } else {
      for (let i1 = 0; i1 < v3.length; i1++) {
        const v4 = v3[i1];
        if (typeof v4 !== "string") {
          ok = wrongType(c, ["currently_due", i1], "string", v4);
        } else if (v4.length > 5000 && tooLong(v4, 5000)) {
          ok = longFail(c, ["currently_due", i1], 5000, v4);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v5 = v.disabled_reason;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["disabled_reason"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["disabled_reason"], 5000, v5);
    }
  }
  const v6 = v.errors;
  if (v6 !== undefined && v6 !== null) {
    if (!isArray(v6)) {
      ok = wrongType(c, ["errors"], "array", v6);
    } else {
      for (let i2 = 0; i2 < v6.length; i2++) {
        const v7 = v6[i2];
        ok = into(c, checkAccountRequirementsError, v7, ok, "errors", i2);
        if (!ok && full(c)) break;
      }
    }
  }
  const v8 = v.eventually_due;
  if (v8 !== undefined && v8 !== null) {
    if (!isArray(v8)) {
      ok = wrongType(c, ["eventually_due"], "array", v8);
    } else {
      for (let i3 = 0; i3 < v8.length; i3++) {
        const v9 = v8[i3];
        if (typeof v9 !== "string") {
          ok = wrongType(c, ["eventually_due", i3], "string", v9);
        } else if (v9.length > 5000 && tooLong(v9, 5000)) {
          ok = longFail(c, ["eventually_due", i3], 5000, v9);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v10 = v.past_due;
  if (v10 !== undefined && v10 !== null) {
    if (!isArray(v10)) {
      ok = wrongType(c, ["past_due"], "array", v10);
    } else {
      for (let i4 = 0; i4 < v10.length; i4++) {
        const v11 = v10[i4];
        if (typeof v11 !== "string") {
          ok = wrongType(c, ["past_due", i4], "string", v11);
        } else if (v11.length > 5000 && tooLong(v11, 5000)) {
          ok = longFail(c, ["past_due", i4], 5000, v11);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v12 = v.pending_verification;
  if (v12 !== undefined && v12 !== null) {
    if (!isArray(v12)) {
      ok = wrongType(c, ["pending_verification"], "array", v12);
    } else {
      for (let i5 = 0; i5 < v12.length; i5++) {
        const v13 = v12[i5];
        if (typeof v13 !== "string") {
          ok = wrongType(c, ["pending_verification", i5], "string", v13);
        } else if (v13.length > 5000 && tooLong(v13, 5000)) {
          ok = longFail(c, ["pending_verification", i5], 5000, v13);
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
  const v2 = v.current_deadline;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) return false;
  }
  const v3 = v.currently_due;
  if (v3 !== undefined && v3 !== null) {
    if (!isArray(v3)) return false;
    for (let i1 = 0; i1 < v3.length; i1++) {
      const v4 = v3[i1];
      if (typeof v4 !== "string") return false;
      if (v4.length > 5000 && tooLong(v4, 5000)) return false;
    }
  }
  const v5 = v.disabled_reason;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.errors;
  if (v6 !== undefined && v6 !== null) {
    if (!isArray(v6)) return false;
    for (let i2 = 0; i2 < v6.length; i2++) {
      const v7 = v6[i2];
      if (!testAccountRequirementsError(v7, c)) return false;
    }
  }
  const v8 = v.eventually_due;
  if (v8 !== undefined && v8 !== null) {
    if (!isArray(v8)) return false;
    for (let i3 = 0; i3 < v8.length; i3++) {
      const v9 = v8[i3];
      if (typeof v9 !== "string") return false;
      if (v9.length > 5000 && tooLong(v9, 5000)) return false;
    }
  }
  const v10 = v.past_due;
  if (v10 !== undefined && v10 !== null) {
    if (!isArray(v10)) return false;
    for (let i4 = 0; i4 < v10.length; i4++) {
      const v11 = v10[i4];
      if (typeof v11 !== "string") return false;
      if (v11.length > 5000 && tooLong(v11, 5000)) return false;
    }
  }
  const v12 = v.pending_verification;
  if (v12 !== undefined && v12 !== null) {
    if (!isArray(v12)) return false;
    for (let i5 = 0; i5 < v12.length; i5++) {
      const v13 = v12[i5];
      if (typeof v13 !== "string") return false;
      if (v13.length > 5000 && tooLong(v13, 5000)) return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    alternatives: opt(nul(list(ref(AccountRequirementsAlternative)))),
    current_deadline: opt(nul(int("unix-time"))),
    currently_due: opt(nul(list(str()))),
    disabled_reason: opt(nul(str())),
    errors: opt(nul(list(ref(AccountRequirementsError)))),
    eventually_due: opt(nul(list(str()))),
    past_due: opt(nul(list(str()))),
    pending_verification: opt(nul(list(str()))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "account_future_requirements",
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
  schema as AccountFutureRequirements,
  validateInput as validateAccountFutureRequirements,
  isValid as isAccountFutureRequirements,
  check as checkAccountFutureRequirements,
  test as testAccountFutureRequirements,
};
