import {
  branchTests,
  branches,
  deeper,
  enter,
  entry,
  into,
  isInt,
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
import {
  bool,
  int,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Coupon, checkCoupon, testCoupon } from "./coupon.js";
import { Customer, checkCustomer, testCustomer } from "./customer.js";
import {
  DeletedCustomer,
  checkDeletedCustomer,
  testDeletedCustomer,
} from "./deleted_customer.js";
import {
  PromotionCodesResourceRestrictions,
  checkPromotionCodesResourceRestrictions,
  testPromotionCodesResourceRestrictions,
} from "./promotion_codes_resource_restrictions.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["customer", checkCustomer, "customer"],
  ["deleted_customer", checkDeletedCustomer, "customer#deleted"],
]);
const e0 = /* @__PURE__ */ set(["promotion_code"]);
const k1 = /* @__PURE__ */ set([
  "active",
  "code",
  "coupon",
  "created",
  "customer",
  "expires_at",
  "id",
  "livemode",
  "max_redemptions",
  "metadata",
  "object",
  "restrictions",
  "times_redeemed",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testCustomer, "customer"],
  [testDeletedCustomer, "customer#deleted"],
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.active;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["active"], v0, ok);
  } else {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["active"], "boolean", v0);
    }
  }
  const v1 = v.code;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["code"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["code"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["code"], 5000, v1);
    }
  }
  const v2 = v.coupon;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["coupon"], v2, ok);
  } else {
    ok = into(c, checkCoupon, v2, ok, "coupon");
  }
  const v3 = v.created;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["created"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["created"], "integer", v3);
    }
  }
  const v4 = v.customer;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) {
        ok = longFail(c, ["customer"], 5000, v4);
      }
    } else if (isObject(v4)) {
      ok = into(c, d0, v4, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v4);
    }
  }
  const v5 = v.expires_at;
  if (v5 !== undefined && v5 !== null) {
    if (!isInt(v5)) {
      ok = wrongType(c, ["expires_at"], "integer", v5);
    }
  }
  const v6 = v.id;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["id"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["id"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["id"], 5000, v6);
    }
  }
  const v7 = v.livemode;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["livemode"], v7, ok);
  } else {
    if (typeof v7 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v7);
    }
  }
  const v8 = v.max_redemptions;
  if (v8 !== undefined && v8 !== null) {
    if (!isInt(v8)) {
      ok = wrongType(c, ["max_redemptions"], "integer", v8);
    }
  }
  const v9 = v.metadata;
  if (v9 !== undefined && v9 !== null) {
    if (!isObject(v9)) {
      ok = wrongType(c, ["metadata"], "object", v9);
    } else {
      for (const k0 of Object.keys(v9)) {
        const v10 = entry(v9, k0);
        if (typeof v10 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v10);
        } else if (v10.length > 500 && tooLong(v10, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v10);
        }
      }
    }
  }
  const v11 = v.object;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["object"], v11, ok);
  } else {
    if (!e0.has(v11)) {
      ok = notInEnum(c, ["object"], e0, v11, ok);
    }
  }
  const v12 = v.restrictions;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["restrictions"], v12, ok);
  } else {
    ok = into(
      c,
      checkPromotionCodesResourceRestrictions,
      v12,
      ok,
      "restrictions",
    );
  }
  const v13 = v.times_redeemed;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["times_redeemed"], v13, ok);
  } else {
    if (!isInt(v13)) {
      ok = wrongType(c, ["times_redeemed"], "integer", v13);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.active;
  if (typeof v0 !== "boolean") return false;
  const v1 = v.code;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.coupon;
  if (!testCoupon(v2, c)) return false;
  const v3 = v.created;
  if (!isInt(v3)) return false;
  const v4 = v.customer;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) return false;
    } else if (isObject(v4)) {
      if (!d1(v4, c)) return false;
    } else {
      return false;
    }
  }
  const v5 = v.expires_at;
  if (v5 !== undefined && v5 !== null) {
    if (!isInt(v5)) return false;
  }
  const v6 = v.id;
  if (typeof v6 !== "string") return false;
  if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  const v7 = v.livemode;
  if (typeof v7 !== "boolean") return false;
  const v8 = v.max_redemptions;
  if (v8 !== undefined && v8 !== null) {
    if (!isInt(v8)) return false;
  }
  const v9 = v.metadata;
  if (v9 !== undefined && v9 !== null) {
    if (!isObject(v9)) return false;
    for (const k2 of Object.keys(v9)) {
      const v10 = entry(v9, k2);
      if (typeof v10 !== "string") return false;
      if (v10.length > 500 && tooLong(v10, 500)) return false;
    }
  }
  const v11 = v.object;
  if (v11 !== "promotion_code") return false;
  const v12 = v.restrictions;
  if (!testPromotionCodesResourceRestrictions(v12, c)) return false;
  const v13 = v.times_redeemed;
  if (!isInt(v13)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    active: req(bool()),
    code: req(str()),
    coupon: req(ref(Coupon)),
    created: req(int("unix-time")),
    customer: opt(nul(union(str(), ref(Customer), ref(DeletedCustomer)))),
    expires_at: opt(nul(int("unix-time"))),
    id: req(str()),
    livemode: req(bool()),
    max_redemptions: opt(nul(int())),
    metadata: opt(nul(obj({}, str()))),
    object: req(oneOf(e0)),
    restrictions: req(ref(PromotionCodesResourceRestrictions)),
    times_redeemed: req(int()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "promotion_code",
  branch: "promotion_code",
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
  schema as PromotionCode,
  validateInput as validatePromotionCode,
  isValid as isPromotionCode,
  check as checkPromotionCode,
  test as testPromotionCode,
};
