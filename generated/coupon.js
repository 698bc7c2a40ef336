import {
  deeper,
  enter,
  entry,
  into,
  isInt,
  isNum,
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
  num,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  CouponAppliesTo,
  checkCouponAppliesTo,
  testCouponAppliesTo,
} from "./coupon_applies_to.js";
import {
  CouponCurrencyOption,
  checkCouponCurrencyOption,
  testCouponCurrencyOption,
} from "./coupon_currency_option.js";

const e0 = /* @__PURE__ */ set(["coupon"]);
const k2 = /* @__PURE__ */ set([
  "amount_off",
  "applies_to",
  "created",
  "currency",
  "currency_options",
  "duration",
  "duration_in_months",
  "id",
  "livemode",
  "max_redemptions",
  "metadata",
  "name",
  "object",
  "percent_off",
  "redeem_by",
  "times_redeemed",
  "valid",
]);
const e1 = /* @__PURE__ */ set(["forever", "once", "repeating"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount_off;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount_off"], "integer", v0);
    }
  }
  const v1 = v.applies_to;
  if (v1 !== undefined) {
    ok = into(c, checkCouponAppliesTo, v1, ok, "applies_to");
  }
  const v2 = v.created;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["created"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["created"], "integer", v2);
    }
  }
  const v3 = v.currency;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["currency"], "string", v3);
    }
  }
  const v4 = v.currency_options;
  if (v4 !== undefined) {
    if (!isObject(v4)) {
      ok = wrongType(c, ["currency_options"], "object", v4);
    } else {
      for (const k0 of Object.keys(v4)) {
        const v5 = entry(v4, k0);
        ok = into(c, checkCouponCurrencyOption, v5, ok, "currency_options", k0);
      }
    }
  }
  const v6 = v.duration;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["duration"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["duration"], "string", v6);
    }
  }
  const v7 = v.duration_in_months;
  if (v7 !== undefined && v7 !== null) {
    if (!isInt(v7)) {
      ok = wrongType(c, ["duration_in_months"], "integer", v7);
    }
  }
  const v8 = v.id;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["id"], v8, ok);
  } else {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["id"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["id"], 5000, v8);
    }
  }
  const v9 = v.livemode;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["livemode"], v9, ok);
  } else {
    if (typeof v9 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v9);
    }
  }
  const v10 = v.max_redemptions;
  if (v10 !== undefined && v10 !== null) {
    if (!isInt(v10)) {
      ok = wrongType(c, ["max_redemptions"], "integer", v10);
    }
  }
  const v11 = v.metadata;
  if (v11 !== undefined && v11 !== null) {
    if (!isObject(v11)) {
      ok = wrongType(c, ["metadata"], "object", v11);
    } else {
      for (const k1 of Object.keys(v11)) {
        const v12 = entry(v11, k1);
        if (typeof v12 !== "string") {
          ok = wrongType(c, ["metadata", k1], "string", v12);
        } else if (v12.length > 500 && tooLong(v12, 500)) {
          ok = longFail(c, ["metadata", k1], 500, v12);
        }
      }
    }
  }
  const v13 = v.name;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") {
      ok = wrongType(c, ["name"], "string", v13);
    } else if (v13.length > 5000 && tooLong(v13, 5000)) {
      ok = longFail(c, ["name"], 5000, v13);
    }
  }
  const v14 = v.object;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["object"], v14, ok);
  } else {
    if (!e0.has(v14)) {
      ok = notInEnum(c, ["object"], e0, v14, ok);
    }
  }
  const v15 = v.percent_off;
  if (v15 !== undefined && v15 !== null) {
    if (!isNum(v15)) {
      ok = wrongType(c, ["percent_off"], "number", v15);
    }
  }
  const v16 = v.redeem_by;
  if (v16 !== undefined && v16 !== null) {
    if (!isInt(v16)) {
      ok = wrongType(c, ["redeem_by"], "integer", v16);
    }
  }
  const v17 = v.times_redeemed;
  if (v17 === undefined || v17 === null) {
    ok = missing(c, ["times_redeemed"], v17, ok);
  } else {
    if (!isInt(v17)) {
      ok = wrongType(c, ["times_redeemed"], "integer", v17);
    }
  }
  const v18 = v.valid;
  if (v18 === undefined || v18 === null) {
    ok = missing(c, ["valid"], v18, ok);
  } else {
    if (typeof v18 !== "boolean") {
      ok = wrongType(c, ["valid"], "boolean", v18);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k2, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.amount_off;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.applies_to;
  if (v1 !== undefined) {
    if (!testCouponAppliesTo(v1, c)) return false;
  }
  const v2 = v.created;
  if (!isInt(v2)) return false;
  const v3 = v.currency;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
  }
  const v4 = v.currency_options;
  if (v4 !== undefined) {
    if (!isObject(v4)) return false;
    for (const k3 of Object.keys(v4)) {
      const v5 = entry(v4, k3);
      if (!testCouponCurrencyOption(v5, c)) return false;
    }
  }
  const v6 = v.duration;
  if (typeof v6 !== "string") return false;
  const v7 = v.duration_in_months;
  if (v7 !== undefined && v7 !== null) {
    if (!isInt(v7)) return false;
  }
  const v8 = v.id;
  if (typeof v8 !== "string") return false;
  if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  const v9 = v.livemode;
  if (typeof v9 !== "boolean") return false;
  const v10 = v.max_redemptions;
  if (v10 !== undefined && v10 !== null) {
    if (!isInt(v10)) return false;
  }
  const v11 = v.metadata;
  if (v11 !== undefined && v11 !== null) {
    if (!isObject(v11)) return false;
    for (const k4 of Object.keys(v11)) {
      const v12 = entry(v11, k4);
      if (typeof v12 !== "string") return false;
      if (v12.length > 500 && tooLong(v12, 500)) return false;
    }
  }
  const v13 = v.name;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") return false;
    if (v13.length > 5000 && tooLong(v13, 5000)) return false;
  }
  const v14 = v.object;
  if (v14 !== "coupon") return false;
  const v15 = v.percent_off;
  if (v15 !== undefined && v15 !== null) {
    if (!isNum(v15)) return false;
  }
  const v16 = v.redeem_by;
  if (v16 !== undefined && v16 !== null) {
    if (!isInt(v16)) return false;
  }
  const v17 = v.times_redeemed;
  if (!isInt(v17)) return false;
  const v18 = v.valid;
  if (typeof v18 !== "boolean") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount_off: opt(nul(int())),
    applies_to: opt(ref(CouponAppliesTo)),
    created: req(int("unix-time")),
    currency: opt(nul(str())),
    currency_options: opt(obj({}, ref(CouponCurrencyOption))),
    duration: req(oneOf(e1, true)),
    duration_in_months: opt(nul(int())),
    id: req(str()),
    livemode: req(bool()),
    max_redemptions: opt(nul(int())),
    metadata: opt(nul(obj({}, str()))),
    name: opt(nul(str())),
    object: req(oneOf(e0)),
    percent_off: opt(nul(num())),
    redeem_by: opt(nul(int("unix-time"))),
    times_redeemed: req(int()),
    valid: req(bool()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "coupon",
  branch: "coupon",
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
  schema as Coupon,
  validateInput as validateCoupon,
  isValid as isCoupon,
  check as checkCoupon,
  test as testCoupon,
};
