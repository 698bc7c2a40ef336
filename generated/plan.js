import {
  branchTests,
  branches,
  deeper,
  enter,
  entry,
  full,
  into,
  isArray,
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
  list,
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
import {
  DeletedProduct,
  checkDeletedProduct,
  testDeletedProduct,
} from "./deleted_product.js";
import { PlanTier, checkPlanTier, testPlanTier } from "./plan_tier.js";
import { Product, checkProduct, testProduct } from "./product.js";
import {
  TransformUsage,
  checkTransformUsage,
  testTransformUsage,
} from "./transform_usage.js";

const e0 = /* @__PURE__ */ set([
  "last_during_period",
  "last_ever",
  "max",
  "sum",
]);
const e1 = /* @__PURE__ */ set(["per_unit", "tiered"]);
const e2 = /* @__PURE__ */ set(["day", "month", "week", "year"]);
const e3 = /* @__PURE__ */ set(["plan"]);
const d0 = /* @__PURE__ */ branches(() => [
  ["product", checkProduct, "product"],
  ["deleted_product", checkDeletedProduct, "product#deleted"],
]);
const e4 = /* @__PURE__ */ set(["graduated", "volume"]);
const e5 = /* @__PURE__ */ set(["licensed", "metered"]);
const k1 = /* @__PURE__ */ set([
  "active",
  "aggregate_usage",
  "amount",
  "amount_decimal",
  "billing_scheme",
  "created",
  "currency",
  "id",
  "interval",
  "interval_count",
  "livemode",
  "metadata",
  "nickname",
  "object",
  "product",
  "tiers",
  "tiers_mode",
  "transform_usage",
  "trial_period_days",
  "usage_type",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testProduct, "product"],
  [testDeletedProduct, "product#deleted"],
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
  const v1 = v.aggregate_usage;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["aggregate_usage"], e0, v1, ok);
    }
  }
  const v2 = v.amount;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) {
      ok = wrongType(c, ["amount"], "integer", v2);
    }
  }
  const v3 = v.amount_decimal;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["amount_decimal"], "string", v3);
    }
  }
  const v4 = v.billing_scheme;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["billing_scheme"], v4, ok);
  } else {
    if (!e1.has(v4)) {
      ok = notInEnum(c, ["billing_scheme"], e1, v4, ok);
    }
  }
  const v5 = v.created;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["created"], v5, ok);
  } else {
    if (!isInt(v5)) {
      ok = wrongType(c, ["created"], "integer", v5);
    }
  }
  const v6 = v.currency;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["currency"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["currency"], "string", v6);
    }
  }
  const v7 = v.id;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["id"], v7, ok);
  } else {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["id"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["id"], 5000, v7);
    }
  }
  const v8 = v.interval;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["interval"], v8, ok);
  } else {
    if (!e2.has(v8)) {
      ok = notInEnum(c, ["interval"], e2, v8, ok);
    }
  }
  const v9 = v.interval_count;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["interval_count"], v9, ok);
  } else {
    if (!isInt(v9)) {
      ok = wrongType(c, ["interval_count"], "integer", v9);
    }
  }
  const v10 = v.livemode;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["livemode"], v10, ok);
  } else {
    if (typeof v10 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v10);
    }
  }
  const v11 = v.metadata;
  if (v11 !== undefined && v11 !== null) {
    if (!isObject(v11)) {
      ok = wrongType(c, ["metadata"], "object", v11);
    } else {
      for (const k0 of Object.keys(v11)) {
        const v12 = entry(v11, k0);
        if (typeof v12 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v12);
        } else if (v12.length > 500 && tooLong(v12, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v12);
        }
      }
    }
  }
  const v13 = v.nickname;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") {
      ok = wrongType(c, ["nickname"], "string", v13);
    } else if (v13.length > 5000 && tooLong(v13, 5000)) {
      ok = longFail(c, ["nickname"], 5000, v13);
    }
  }
  const v14 = v.object;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["object"], v14, ok);
  } else {
    if (!e3.has(v14)) {
      ok = notInEnum(c, ["object"], e3, v14, ok);
    }
  }
  const v15 = v.product;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 === "string") {
      if (v15.length > 5000 && tooLong(v15, 5000)) {
        ok = longFail(c, ["product"], 5000, v15);
      }
    } else if (isObject(v15)) {
      ok = into(c, d0, v15, ok, "product");
    } else {
      ok = wrongType(c, ["product"], "string | object", v15);
    }
  }
  const v16 = v.tiers;
  if (v16 !== undefined) {
    if (!isArray(v16)) {
      ok = wrongType(c, ["tiers"], "array", v16);
    } else {
      for (let i0 = 0; i0 < v16.length; i0++) {
        const v17 = v16[i0];
        ok = into(c, checkPlanTier, v17, ok, "tiers", i0);
        if (!ok && full(c)) break;
      }
    }
  }
  const v18 = v.tiers_mode;
  if (v18 !== undefined && v18 !== null) {
    if (!e4.has(v18)) {
      ok = notInEnum(c, ["tiers_mode"], e4, v18, ok);
    }
  }
  const v19 = v.transform_usage;
  if (v19 !== undefined && v19 !== null) {
    ok = into(c, checkTransformUsage, v19, ok, "transform_usage");
  }
  const v20 = v.trial_period_days;
  if (v20 !== undefined && v20 !== null) {
    if (!isInt(v20)) {
      ok = wrongType(c, ["trial_period_days"], "integer", v20);
    }
  }
  const v21 = v.usage_type;
  if (v21 === undefined || v21 === null) {
    ok = missing(c, ["usage_type"], v21, ok);
  } else {
    if (!e5.has(v21)) {
      ok = notInEnum(c, ["usage_type"], e5, v21, ok);
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
  const v1 = v.aggregate_usage;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) return false;
  }
  const v2 = v.amount;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) return false;
  }
  const v3 = v.amount_decimal;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
  }
  const v4 = v.billing_scheme;
  if (!e1.has(v4)) return false;
  const v5 = v.created;
  if (!isInt(v5)) return false;
  const v6 = v.currency;
  if (typeof v6 !== "string") return false;
  const v7 = v.id;
  if (typeof v7 !== "string") return false;
  if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  const v8 = v.interval;
  if (!e2.has(v8)) return false;
  const v9 = v.interval_count;
  if (!isInt(v9)) return false;
  const v10 = v.livemode;
  if (typeof v10 !== "boolean") return false;
  const v11 = v.metadata;
  if (v11 !== undefined && v11 !== null) {
    if (!isObject(v11)) return false;
    for (const k2 of Object.keys(v11)) {
      const v12 = entry(v11, k2);
      if (typeof v12 !== "string") return false;
      if (v12.length > 500 && tooLong(v12, 500)) return false;
    }
  }
  const v13 = v.nickname;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") return false;
    if (v13.length > 5000 && tooLong(v13, 5000)) return false;
  }
  const v14 = v.object;
  if (v14 !== "plan") return false;
  const v15 = v.product;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 === "string") {
      if (v15.length > 5000 && tooLong(v15, 5000)) return false;
    } else if (isObject(v15)) {
      if (!d1(v15, c)) return false;
    } else {
      return false;
    }
  }
  const v16 = v.tiers;
  if (v16 !== undefined) {
    if (!isArray(v16)) return false;
    for (let i0 = 0; i0 < v16.length; i0++) {
      const v17 = v16[i0];
      if (!testPlanTier(v17, c)) return false;
    }
  }
  const v18 = v.tiers_mode;
  if (v18 !== undefined && v18 !== null) {
    if (!e4.has(v18)) return false;
  }
  const v19 = v.transform_usage;
  if (v19 !== undefined && v19 !== null) {
    if (!testTransformUsage(v19, c)) return false;
  }
  const v20 = v.trial_period_days;
  if (v20 !== undefined && v20 !== null) {
    if (!isInt(v20)) return false;
  }
  const v21 = v.usage_type;
  if (!e5.has(v21)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    active: req(bool()),
    aggregate_usage: opt(nul(oneOf(e0))),
    amount: opt(nul(int())),
    amount_decimal: opt(nul(str("decimal"))),
    billing_scheme: req(oneOf(e1)),
    created: req(int("unix-time")),
    currency: req(str()),
    id: req(str()),
    interval: req(oneOf(e2)),
    interval_count: req(int()),
    livemode: req(bool()),
    metadata: opt(nul(obj({}, str()))),
    nickname: opt(nul(str())),
    object: req(oneOf(e3)),
    product: opt(nul(union(str(), ref(Product), ref(DeletedProduct)))),
    tiers: opt(list(ref(PlanTier))),
    tiers_mode: opt(nul(oneOf(e4))),
    transform_usage: opt(nul(ref(TransformUsage))),
    trial_period_days: opt(nul(int())),
    usage_type: req(oneOf(e5)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "plan",
  branch: "plan",
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
  schema as Plan,
  validateInput as validatePlan,
  isValid as isPlan,
  check as checkPlan,
  test as testPlan,
};
