import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, obj, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  BalanceAmount,
  checkBalanceAmount,
  testBalanceAmount,
} from "./balance_amount.js";

const k0 = /* @__PURE__ */ set(["available"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.available;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["available"], v0, ok);
  } else {
    if (!isArray(v0)) {
      ok = wrongType(c, ["available"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        ok = into(c, checkBalanceAmount, v1, ok, "available", i0);
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
  const v0 = v.available;
  if (!isArray(v0)) return false;
  for (let i0 = 0; i0 < v0.length; i0++) {
    const v1 = v0[i0];
    if (!testBalanceAmount(v1, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ available: req(list(ref(BalanceAmount))) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "balance_detail",
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
  schema as BalanceDetail,
  validateInput as validateBalanceDetail,
  isValid as isBalanceDetail,
  check as checkBalanceDetail,
  test as testBalanceDetail,
};
