import {
  deeper,
  enter,
  full,
  isArray,
  isObject,
  longFail,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, nul, obj, oneOf, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "balances",
  "ownership",
  "payment_method",
  "transactions",
]);
const k0 = /* @__PURE__ */ set(["permissions", "prefetch", "return_url"]);
const e1 = /* @__PURE__ */ set(["balances"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.permissions;
  if (v0 !== undefined) {
    if (!isArray(v0)) {
      ok = wrongType(c, ["permissions"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        if (!e0.has(v1)) {
          ok = notInEnum(c, ["permissions", i0], e0, v1, ok);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.prefetch;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) {
      ok = wrongType(c, ["prefetch"], "array", v2);
    } else {
      for (let i1 = 0; i1 < v2.length; i1++) {
        const v3 = v2[i1];
        if (typeof v3 !== "string") {
          ok = wrongType(c, ["prefetch", i1], "string", v3);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v4 = v.return_url;
  if (v4 !== undefined) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["return_url"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["return_url"], 5000, v4);
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
  const v0 = v.permissions;
  if (v0 !== undefined) {
    if (!isArray(v0)) return false;
    for (let i0 = 0; i0 < v0.length; i0++) {
      const v1 = v0[i0];
      if (!e0.has(v1)) return false;
    }
  }
  const v2 = v.prefetch;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) return false;
    for (let i1 = 0; i1 < v2.length; i1++) {
      const v3 = v2[i1];
      if (typeof v3 !== "string") return false;
    }
  }
  const v4 = v.return_url;
  if (v4 !== undefined) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    permissions: opt(list(oneOf(e0))),
    prefetch: opt(nul(list(oneOf(e1, true)))),
    return_url: opt(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "linked_account_options_us_bank_account",
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
  schema as LinkedAccountOptionsUsBankAccount,
  validateInput as validateLinkedAccountOptionsUsBankAccount,
  isValid as isLinkedAccountOptionsUsBankAccount,
  check as checkLinkedAccountOptionsUsBankAccount,
  test as testLinkedAccountOptionsUsBankAccount,
};
