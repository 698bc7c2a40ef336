import {
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
import {
  ShippingRateDeliveryEstimate,
  checkShippingRateDeliveryEstimate,
  testShippingRateDeliveryEstimate,
} from "./shipping_rate_delivery_estimate.js";
import {
  ShippingRateFixedAmount,
  checkShippingRateFixedAmount,
  testShippingRateFixedAmount,
} from "./shipping_rate_fixed_amount.js";
import { TaxCode, checkTaxCode, testTaxCode } from "./tax_code.js";

const e0 = /* @__PURE__ */ set(["shipping_rate"]);
const e1 = /* @__PURE__ */ set(["exclusive", "inclusive", "unspecified"]);
const e2 = /* @__PURE__ */ set(["fixed_amount"]);
const k1 = /* @__PURE__ */ set([
  "active",
  "created",
  "delivery_estimate",
  "display_name",
  "fixed_amount",
  "id",
  "livemode",
  "metadata",
  "object",
  "tax_behavior",
  "tax_code",
  "type",
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
  const v2 = v.delivery_estimate;
  if (v2 !== undefined && v2 !== null) {
    ok = into(
      c,
      checkShippingRateDeliveryEstimate,
      v2,
      ok,
      "delivery_estimate",
    );
  }
  const v3 = v.display_name;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["display_name"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["display_name"], 5000, v3);
    }
  }
  const v4 = v.fixed_amount;
  if (v4 !== undefined) {
    ok = into(c, checkShippingRateFixedAmount, v4, ok, "fixed_amount");
  }
  const v5 = v.id;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["id"], v5, ok);
  } else {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["id"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["id"], 5000, v5);
    }
  }
  const v6 = v.livemode;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["livemode"], v6, ok);
  } else {
    if (typeof v6 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v6);
    }
  }
  const v7 = v.metadata;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["metadata"], v7, ok);
  } else {
    if (!isObject(v7)) {
      ok = wrongType(c, ["metadata"], "object", v7);
    } else {
      for (const k0 of Object.keys(v7)) {
        const v8 = entry(v7, k0);
        if (typeof v8 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v8);
        } else if (v8.length > 500 && tooLong(v8, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v8);
        }
      }
    }
  }
  const v9 = v.object;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["object"], v9, ok);
  } else {
    if (!e0.has(v9)) {
      ok = notInEnum(c, ["object"], e0, v9, ok);
    }
  }
  const v10 = v.tax_behavior;
  if (v10 !== undefined && v10 !== null) {
    if (!e1.has(v10)) {
      ok = notInEnum(c, ["tax_behavior"], e1, v10, ok);
    }
  }
  const v11 = v.tax_code;
  if (v11 !== undefined && v11 !== null) {
    if (typeof v11 === "string") {
      if (v11.length > 5000 && tooLong(v11, 5000)) {
        ok = longFail(c, ["tax_code"], 5000, v11);
      }
    } else if (isObject(v11)) {
      ok = into(c, checkTaxCode, v11, ok, "tax_code");
    } else {
      ok = wrongType(c, ["tax_code"], "string | object", v11);
    }
  }
  const v12 = v.type;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["type"], v12, ok);
  } else {
    if (!e2.has(v12)) {
      ok = notInEnum(c, ["type"], e2, v12, ok);
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
  const v2 = v.delivery_estimate;
  if (v2 !== undefined && v2 !== null) {
    if (!testShippingRateDeliveryEstimate(v2, c)) return false;
  }
  const v3 = v.display_name;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.fixed_amount;
  if (v4 !== undefined) {
    if (!testShippingRateFixedAmount(v4, c)) return false;
  }
  const v5 = v.id;
  if (typeof v5 !== "string") return false;
  if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  const v6 = v.livemode;
  if (typeof v6 !== "boolean") return false;
  const v7 = v.metadata;
  if (!isObject(v7)) return false;
  for (const k2 of Object.keys(v7)) {
    const v8 = entry(v7, k2);
    if (typeof v8 !== "string") return false;
    if (v8.length > 500 && tooLong(v8, 500)) return false;
  }
  const v9 = v.object;
  if (v9 !== "shipping_rate") return false;
  const v10 = v.tax_behavior;
  if (v10 !== undefined && v10 !== null) {
    if (!e1.has(v10)) return false;
  }
  const v11 = v.tax_code;
  if (v11 !== undefined && v11 !== null) {
    if (typeof v11 === "string") {
      if (v11.length > 5000 && tooLong(v11, 5000)) return false;
    } else if (isObject(v11)) {
      if (!testTaxCode(v11, c)) return false;
    } else {
      return false;
    }
  }
  const v12 = v.type;
  if (v12 !== "fixed_amount") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    active: req(bool()),
    created: req(int("unix-time")),
    delivery_estimate: opt(nul(ref(ShippingRateDeliveryEstimate))),
    display_name: opt(nul(str())),
    fixed_amount: opt(ref(ShippingRateFixedAmount)),
    id: req(str()),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    object: req(oneOf(e0)),
    tax_behavior: opt(nul(oneOf(e1))),
    tax_code: opt(nul(union(str(), ref(TaxCode)))),
    type: req(oneOf(e2)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "shipping_rate",
  branch: "shipping_rate",
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
  schema as ShippingRate,
  validateInput as validateShippingRate,
  isValid as isShippingRate,
  check as checkShippingRate,
  test as testShippingRate,
};
