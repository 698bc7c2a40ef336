import {
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
  PackageDimensions,
  checkPackageDimensions,
  testPackageDimensions,
} from "./package_dimensions.js";
import { Price, checkPrice, testPrice } from "./price.js";
import {
  ProductFeature,
  checkProductFeature,
  testProductFeature,
} from "./product_feature.js";
import { TaxCode, checkTaxCode, testTaxCode } from "./tax_code.js";

const e0 = /* @__PURE__ */ set(["product"]);
const k1 = /* @__PURE__ */ set([
  "active",
  "created",
  "default_price",
  "description",
  "features",
  "id",
  "images",
  "livemode",
  "metadata",
  "name",
  "object",
  "package_dimensions",
  "shippable",
  "statement_descriptor",
  "tax_code",
  "unit_label",
  "updated",
  "url",
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
  const v1 = v.created;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["created"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["created"], "integer", v1);
    }
  }
  const v2 = v.default_price;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) {
        ok = longFail(c, ["default_price"], 5000, v2);
      }
    } else if (isObject(v2)) {
      ok = into(c, checkPrice, v2, ok, "default_price");
    } else {
      ok = wrongType(c, ["default_price"], "string | object", v2);
    }
  }
  const v3 = v.description;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["description"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["description"], 5000, v3);
    }
  }
  const v4 = v.features;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["features"], v4, ok);
  } else {
    if (!isArray(v4)) {
      ok = wrongType(c, ["features"], "array", v4);
    } else {
      for (let i0 = 0; i0 < v4.length; i0++) {
        const v5 = v4[i0];
        ok = into(c, checkProductFeature, v5, ok, "features", i0);
        if (!ok && full(c)) break;
      }
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
  const v7 = v.images;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["images"], v7, ok);
  } else {
    if (!isArray(v7)) {
      ok = wrongType(c, ["images"], "array", v7);
    } else {
      for (let i1 = 0; i1 < v7.length; i1++) {
        const v8 = v7[i1];
        if (typeof v8 !== "string") {
          ok = wrongType(c, ["images", i1], "string", v8);
        } else if (v8.length > 5000 && tooLong(v8, 5000)) {
          ok = longFail(c, ["images", i1], 5000, v8);
        }
        if (!ok && full(c)) break;
      }
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
  const v10 = v.metadata;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["metadata"], v10, ok);
  } else {
    if (!isObject(v10)) {
      ok = wrongType(c, ["metadata"], "object", v10);
    } else {
      for (const k0 of Object.keys(v10)) {
        const v11 = entry(v10, k0);
        if (typeof v11 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v11);
        } else if (v11.length > 500 && tooLong(v11, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v11);
        }
      }
    }
  }
  const v12 = v.name;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["name"], v12, ok);
  } else {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["name"], "string", v12);
    } else if (v12.length > 5000 && tooLong(v12, 5000)) {
      ok = longFail(c, ["name"], 5000, v12);
    }
  }
  const v13 = v.object;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["object"], v13, ok);
  } else {
    if (!e0.has(v13)) {
      ok = notInEnum(c, ["object"], e0, v13, ok);
    }
  }
  const v14 = v.package_dimensions;
  if (v14 !== undefined && v14 !== null) {
    ok = into(c, checkPackageDimensions, v14, ok, "package_dimensions");
  }
  const v15 = v.shippable;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 !== "boolean") {
      ok = wrongType(c, ["shippable"], "boolean", v15);
    }
  }
  const v16 = v.statement_descriptor;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "string") {
      ok = wrongType(c, ["statement_descriptor"], "string", v16);
    } else if (v16.length > 5000 && tooLong(v16, 5000)) {
      ok = longFail(c, ["statement_descriptor"], 5000, v16);
    }
  }
  const v17 = v.tax_code;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 === "string") {
      if (v17.length > 5000 && tooLong(v17, 5000)) {
        ok = longFail(c, ["tax_code"], 5000, v17);
      }
    } else if (isObject(v17)) {
      ok = into(c, checkTaxCode, v17, ok, "tax_code");
    } else {
      ok = wrongType(c, ["tax_code"], "string | object", v17);
    }
  }
  const v18 = v.unit_label;
  if (v18 !== undefined && v18 !== null) {
    if (typeof v18 !== "string") {
      ok = wrongType(c, ["unit_label"], "string", v18);
    } else if (v18.length > 5000 && tooLong(v18, 5000)) {
      ok = longFail(c, ["unit_label"], 5000, v18);
    }
  }
  const v19 = v.updated;
  if (v19 === undefined || v19 === null) {
    ok = missing(c, ["updated"], v19, ok);
  } else {
    if (!isInt(v19)) {
      ok = wrongType(c, ["updated"], "integer", v19);
    }
  }
  const v20 = v.url;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 !== "string") {
      ok = wrongType(c, ["url"], "string", v20);
    } else if (v20.length > 2048 && tooLong(v20, 2048)) {
      ok = longFail(c, ["url"], 2048, v20);
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
  const v1 = v.created;
  if (!isInt(v1)) return false;
  const v2 = v.default_price;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) return false;
    } else if (isObject(v2)) {
      if (!testPrice(v2, c)) return false;
    } else {
      return false;
    }
  }
  const v3 = v.description;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.features;
  if (!isArray(v4)) return false;
  for (let i0 = 0; i0 < v4.length; i0++) {
    const v5 = v4[i0];
    if (!testProductFeature(v5, c)) return false;
  }
  const v6 = v.id;
  if (typeof v6 !== "string") return false;
  if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  const v7 = v.images;
  if (!isArray(v7)) return false;
  for (let i1 = 0; i1 < v7.length; i1++) {
    const v8 = v7[i1];
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  const v9 = v.livemode;
  if (typeof v9 !== "boolean") return false;
  const v10 = v.metadata;
  if (!isObject(v10)) return false;
  for (const k2 of Object.keys(v10)) {
    const v11 = entry(v10, k2);
    if (typeof v11 !== "string") return false;
    if (v11.length > 500 && tooLong(v11, 500)) return false;
  }
  const v12 = v.name;
  if (typeof v12 !== "string") return false;
  if (v12.length > 5000 && tooLong(v12, 5000)) return false;
  const v13 = v.object;
  if (v13 !== "product") return false;
  const v14 = v.package_dimensions;
  if (v14 !== undefined && v14 !== null) {
    if (!testPackageDimensions(v14, c)) return false;
  }
  const v15 = v.shippable;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 !== "boolean") return false;
  }
  const v16 = v.statement_descriptor;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "string") return false;
    if (v16.length > 5000 && tooLong(v16, 5000)) return false;
  }
  const v17 = v.tax_code;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 === "string") {
      if (v17.length > 5000 && tooLong(v17, 5000)) return false;
    } else if (isObject(v17)) {
      if (!testTaxCode(v17, c)) return false;
    } else {
      return false;
    }
  }
  const v18 = v.unit_label;
  if (v18 !== undefined && v18 !== null) {
    if (typeof v18 !== "string") return false;
    if (v18.length > 5000 && tooLong(v18, 5000)) return false;
  }
  const v19 = v.updated;
  if (!isInt(v19)) return false;
  const v20 = v.url;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 !== "string") return false;
    if (v20.length > 2048 && tooLong(v20, 2048)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    active: req(bool()),
    created: req(int("unix-time")),
    default_price: opt(nul(union(str(), ref(Price)))),
    description: opt(nul(str())),
    features: req(list(ref(ProductFeature))),
    id: req(str()),
    images: req(list(str())),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    name: req(str()),
    object: req(oneOf(e0)),
    package_dimensions: opt(nul(ref(PackageDimensions))),
    shippable: opt(nul(bool())),
    statement_descriptor: opt(nul(str())),
    tax_code: opt(nul(union(str(), ref(TaxCode)))),
    unit_label: opt(nul(str())),
    updated: req(int("unix-time")),
    url: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "product",
  branch: "product",
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
  schema as Product,
  validateInput as validateProduct,
  isValid as isProduct,
  check as checkProduct,
  test as testProduct,
};
