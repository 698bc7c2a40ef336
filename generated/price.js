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
  CurrencyOption,
  checkCurrencyOption,
  testCurrencyOption,
} from "./currency_option.js";
import {
  CustomUnitAmount,
  checkCustomUnitAmount,
  testCustomUnitAmount,
} from "./custom_unit_amount.js";
import {
  DeletedProduct,
  checkDeletedProduct,
  testDeletedProduct,
} from "./deleted_product.js";
import { PriceTier, checkPriceTier, testPriceTier } from "./price_tier.js";
import { Product, checkProduct, testProduct } from "./product.js";
import { Recurring, checkRecurring, testRecurring } from "./recurring.js";
import {
  TransformQuantity,
  checkTransformQuantity,
  testTransformQuantity,
} from "./transform_quantity.js";

const e0 = /* @__PURE__ */ set(["per_unit", "tiered"]);
const e1 = /* @__PURE__ */ set(["price"]);
const d0 = /* @__PURE__ */ branches(() => [
  ["product", checkProduct, "product"],
  ["deleted_product", checkDeletedProduct, "product#deleted"],
]);
const e2 = /* @__PURE__ */ set(["exclusive", "inclusive", "unspecified"]);
const e3 = /* @__PURE__ */ set(["graduated", "volume"]);
const e4 = /* @__PURE__ */ set(["one_time", "recurring"]);
const k2 = /* @__PURE__ */ set([
  "active",
  "billing_scheme",
  "created",
  "currency",
  "currency_options",
  "custom_unit_amount",
  "id",
  "livemode",
  "lookup_key",
  "metadata",
  "nickname",
  "object",
  "product",
  "recurring",
  "tax_behavior",
  "tiers",
  "tiers_mode",
  "transform_quantity",
  "type",
  "unit_amount",
  "unit_amount_decimal",
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
  const v1 = v.billing_scheme;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["billing_scheme"], v1, ok);
  } else {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["billing_scheme"], e0, v1, ok);
    }
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
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["currency"], v3, ok);
  } else {
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
        ok = into(c, checkCurrencyOption, v5, ok, "currency_options", k0);
      }
    }
  }
  const v6 = v.custom_unit_amount;
  if (v6 !== undefined && v6 !== null) {
    ok = into(c, checkCustomUnitAmount, v6, ok, "custom_unit_amount");
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
  const v8 = v.livemode;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["livemode"], v8, ok);
  } else {
    if (typeof v8 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v8);
    }
  }
  const v9 = v.lookup_key;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["lookup_key"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["lookup_key"], 5000, v9);
    }
  }
  const v10 = v.metadata;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["metadata"], v10, ok);
  } else {
    if (!isObject(v10)) {
      ok = wrongType(c, ["metadata"], "object", v10);
    } else {
      for (const k1 of Object.keys(v10)) {
        const v11 = entry(v10, k1);
        if (typeof v11 !== "string") {
          ok = wrongType(c, ["metadata", k1], "string", v11);
        } else if (v11.length > 500 && tooLong(v11, 500)) {
          ok = longFail(c, ["metadata", k1], 500, v11);
        }
      }
    }
  }
  const v12 = v.nickname;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["nickname"], "string", v12);
    } else if (v12.length > 5000 && tooLong(v12, 5000)) {
      ok = longFail(c, ["nickname"], 5000, v12);
    }
  }
  const v13 = v.object;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["object"], v13, ok);
  } else {
    if (!e1.has(v13)) {
      ok = notInEnum(c, ["object"], e1, v13, ok);
    }
  }
  const v14 = v.product;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["product"], v14, ok);
  } else {
    if (typeof v14 === "string") {
      if (v14.length > 5000 && tooLong(v14, 5000)) {
        ok = longFail(c, ["product"], 5000, v14);
      }
    } else if (isObject(v14)) {
      ok = into(c, d0, v14, ok, "product");
    } else {
      ok = wrongType(c, ["product"], "string | object", v14);
    }
  }
  const v15 = v.recurring;
  if (v15 !== undefined && v15 !== null) {
    ok = into(c, checkRecurring, v15, ok, "recurring");
  }
  const v16 = v.tax_behavior;
  if (v16 !== undefined && v16 !== null) {
    if (!e2.has(v16)) {
      ok = notInEnum(c, ["tax_behavior"], e2, v16, ok);
    }
  }
  const v17 = v.tiers;
  if (v17 !== undefined) {
    if (!isArray(v17)) {
      ok = wrongType(c, ["tiers"], "array", v17);
    } else {
      for (let i0 = 0; i0 < v17.length; i0++) {
        const v18 = v17[i0];
        ok = into(c, checkPriceTier, v18, ok, "tiers", i0);
        if (!ok && full(c)) break;
      }
    }
  }
  const v19 = v.tiers_mode;
  if (v19 !== undefined && v19 !== null) {
    if (!e3.has(v19)) {
      ok = notInEnum(c, ["tiers_mode"], e3, v19, ok);
    }
  }
  const v20 = v.transform_quantity;
  if (v20 !== undefined && v20 !== null) {
    ok = into(c, checkTransformQuantity, v20, ok, "transform_quantity");
  }
  const v21 = v.type;
  if (v21 === undefined || v21 === null) {
    ok = missing(c, ["type"], v21, ok);
  } else {
    if (!e4.has(v21)) {
      ok = notInEnum(c, ["type"], e4, v21, ok);
    }
  }
  const v22 = v.unit_amount;
  if (v22 !== undefined && v22 !== null) {
    if (!isInt(v22)) {
      ok = wrongType(c, ["unit_amount"], "integer", v22);
    }
  }
  const v23 = v.unit_amount_decimal;
  if (v23 !== undefined && v23 !== null) {
    if (typeof v23 !== "string") {
      ok = wrongType(c, ["unit_amount_decimal"], "string", v23);
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
  const v0 = v.active;
  if (typeof v0 !== "boolean") return false;
  const v1 = v.billing_scheme;
  if (!e0.has(v1)) return false;
  const v2 = v.created;
  if (!isInt(v2)) return false;
  const v3 = v.currency;
  if (typeof v3 !== "string") return false;
  const v4 = v.currency_options;
  if (v4 !== undefined) {
    if (!isObject(v4)) return false;
    for (const k3 of Object.keys(v4)) {
      const v5 = entry(v4, k3);
      if (!testCurrencyOption(v5, c)) return false;
    }
  }
  const v6 = v.custom_unit_amount;
  if (v6 !== undefined && v6 !== null) {
    if (!testCustomUnitAmount(v6, c)) return false;
  }
  const v7 = v.id;
  if (typeof v7 !== "string") return false;
  if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  const v8 = v.livemode;
  if (typeof v8 !== "boolean") return false;
  const v9 = v.lookup_key;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") return false;
    if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  }
  const v10 = v.metadata;
  if (!isObject(v10)) return false;
  for (const k4 of Object.keys(v10)) {
    const v11 = entry(v10, k4);
    if (typeof v11 !== "string") return false;
    if (v11.length > 500 && tooLong(v11, 500)) return false;
  }
  const v12 = v.nickname;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") return false;
    if (v12.length > 5000 && tooLong(v12, 5000)) return false;
  }
  const v13 = v.object;
  if (v13 !== "price") return false;
  const v14 = v.product;
  if (v14 === undefined || v14 === null) return false;
  if (typeof v14 === "string") {
    if (v14.length > 5000 && tooLong(v14, 5000)) return false;
  } else if (isObject(v14)) {
    if (!d1(v14, c)) return false;
  } else {
    return false;
  }
  const v15 = v.recurring;
  if (v15 !== undefined && v15 !== null) {
    if (!testRecurring(v15, c)) return false;
  }
  const v16 = v.tax_behavior;
  if (v16 !== undefined && v16 !== null) {
    if (!e2.has(v16)) return false;
  }
  const v17 = v.tiers;
  if (v17 !== undefined) {
    if (!isArray(v17)) return false;
    for (let i0 = 0; i0 < v17.length; i0++) {
      const v18 = v17[i0];
      if (!testPriceTier(v18, c)) return false;
    }
  }
  const v19 = v.tiers_mode;
  if (v19 !== undefined && v19 !== null) {
    if (!e3.has(v19)) return false;
  }
  const v20 = v.transform_quantity;
  if (v20 !== undefined && v20 !== null) {
    if (!testTransformQuantity(v20, c)) return false;
  }
  const v21 = v.type;
  if (!e4.has(v21)) return false;
  const v22 = v.unit_amount;
  if (v22 !== undefined && v22 !== null) {
    if (!isInt(v22)) return false;
  }
  const v23 = v.unit_amount_decimal;
  if (v23 !== undefined && v23 !== null) {
    if (typeof v23 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    active: req(bool()),
    billing_scheme: req(oneOf(e0)),
    created: req(int("unix-time")),
    currency: req(str()),
    currency_options: opt(obj({}, ref(CurrencyOption))),
    custom_unit_amount: opt(nul(ref(CustomUnitAmount))),
    id: req(str()),
    livemode: req(bool()),
    lookup_key: opt(nul(str())),
    metadata: req(obj({}, str())),
    nickname: opt(nul(str())),
    object: req(oneOf(e1)),
    product: req(union(str(), ref(Product), ref(DeletedProduct))),
    recurring: opt(nul(ref(Recurring))),
    tax_behavior: opt(nul(oneOf(e2))),
    tiers: opt(list(ref(PriceTier))),
    tiers_mode: opt(nul(oneOf(e3))),
    transform_quantity: opt(nul(ref(TransformQuantity))),
    type: req(oneOf(e4)),
    unit_amount: opt(nul(int())),
    unit_amount_decimal: opt(nul(str("decimal"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "price",
  branch: "price",
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
  schema as Price,
  validateInput as validatePrice,
  isValid as isPrice,
  check as checkPrice,
  test as testPrice,
};
