import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, list, obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  BalanceAmount,
  checkBalanceAmount,
  testBalanceAmount,
} from "./balance_amount.js";
import {
  BalanceDetail,
  checkBalanceDetail,
  testBalanceDetail,
} from "./balance_detail.js";

const e0 = /* @__PURE__ */ set(["balance"]);
const k0 = /* @__PURE__ */ set([
  "available",
  "connect_reserved",
  "instant_available",
  "issuing",
  "livemode",
  "object",
  "pending",
]);

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
  const v2 = v.connect_reserved;
  if (v2 !== undefined) {
    if (!isArray(v2)) {
      ok = wrongType(c, ["connect_reserved"], "array", v2);
    } else {
      for (let i1 = 0; i1 < v2.length; i1++) {
        const v3 = v2[i1];
        ok = into(c, checkBalanceAmount, v3, ok, "connect_reserved", i1);
        if (!ok && full(c)) break;
      }
    }
  }
  const v4 = v.instant_available;
  if (v4 !== undefined) {
    if (!isArray(v4)) {
      ok = wrongType(c, ["instant_available"], "array", v4);
    } else {
      for (let i2 = 0; i2 < v4.length; i2++) {
        const v5 = v4[i2];
        ok = into(c, checkBalanceAmount, v5, ok, "instant_available", i2);
        if (!ok && full(c)) break;
      }
    }
  }
  const v6 = v.issuing;
  if (v6 !== undefined) {
    ok = into(c, checkBalanceDetail, v6, ok, "issuing");
  }
  const v7 = v.livemode;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["livemode"], v7, ok);
  } else {
    if (typeof v7 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v7);
    }
  }
  const v8 = v.object;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["object"], v8, ok);
  } else {
    if (!e0.has(v8)) {
      ok = notInEnum(c, ["object"], e0, v8, ok);
    }
  }
  const v9 = v.pending;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["pending"], v9, ok);
  } else {
    if (!isArray(v9)) {
      ok = wrongType(c, ["pending"], "array", v9);
    } else {
      for (let i3 = 0; i3 < v9.length; i3++) {
        const v10 = v9[i3];
        ok = into(c, checkBalanceAmount, v10, ok, "pending", i3);
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
  const v2 = v.connect_reserved;
  if (v2 !== undefined) {
    if (!isArray(v2)) return false;
    for (let i1 = 0; i1 < v2.length; i1++) {
      const v3 = v2[i1];
      if (!testBalanceAmount(v3, c)) return false;
    }
  }
  const v4 = v.instant_available;
  if (v4 !== undefined) {
    if (!isArray(v4)) return false;
    for (let i2 = 0; i2 < v4.length; i2++) {
      const v5 = v4[i2];
      if (!testBalanceAmount(v5, c)) return false;
    }
  }
  const v6 = v.issuing;
  if (v6 !== undefined) {
    if (!testBalanceDetail(v6, c)) return false;
  }
  const v7 = v.livemode;
  if (typeof v7 !== "boolean") return false;
  const v8 = v.object;
  if (v8 !== "balance") return false;
  const v9 = v.pending;
  if (!isArray(v9)) return false;
  for (let i3 = 0; i3 < v9.length; i3++) {
    const v10 = v9[i3];
    if (!testBalanceAmount(v10, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    available: req(list(ref(BalanceAmount))),
    connect_reserved: opt(list(ref(BalanceAmount))),
    instant_available: opt(list(ref(BalanceAmount))),
    issuing: opt(ref(BalanceDetail)),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    pending: req(list(ref(BalanceAmount))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "balance",
  branch: "balance",
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
  schema as Balance,
  validateInput as validateBalance,
  isValid as isBalance,
  check as checkBalance,
  test as testBalance,
};
