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
  int,
  list,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Price, checkPrice, testPrice } from "./price.js";
import {
  SubscriptionItemBillingThresholds,
  checkSubscriptionItemBillingThresholds,
  testSubscriptionItemBillingThresholds,
} from "./subscription_item_billing_thresholds.js";
import { TaxRate, checkTaxRate, testTaxRate } from "./tax_rate.js";

const e0 = /* @__PURE__ */ set(["subscription_item"]);
const k1 = /* @__PURE__ */ set([
  "billing_thresholds",
  "created",
  "id",
  "metadata",
  "object",
  "price",
  "quantity",
  "subscription",
  "tax_rates",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.billing_thresholds;
  if (v0 !== undefined && v0 !== null) {
    ok = into(
      c,
      checkSubscriptionItemBillingThresholds,
      v0,
      ok,
      "billing_thresholds",
    );
  }
  const v1 = v.created;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["created"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["created"], "integer", v1);
    }
  }
  const v2 = v.id;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["id"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["id"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["id"], 5000, v2);
    }
  }
  const v3 = v.metadata;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["metadata"], v3, ok);
  } else {
    if (!isObject(v3)) {
      ok = wrongType(c, ["metadata"], "object", v3);
    } else {
      for (const k0 of Object.keys(v3)) {
        const v4 = entry(v3, k0);
        if (typeof v4 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v4);
        } else if (v4.length > 500 && tooLong(v4, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v4);
        }
      }
    }
  }
  const v5 = v.object;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["object"], v5, ok);
  } else {
    if (!e0.has(v5)) {
      ok = notInEnum(c, ["object"], e0, v5, ok);
    }
  }
  const v6 = v.price;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["price"], v6, ok);
  } else {
    ok = into(c, checkPrice, v6, ok, "price");
  }
  const v7 = v.quantity;
  if (v7 !== undefined) {
    if (!isInt(v7)) {
      ok = wrongType(c, ["quantity"], "integer", v7);
    }
  }
  const v8 = v.subscription;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["subscription"], v8, ok);
  } else {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["subscription"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["subscription"], 5000, v8);
    }
  }
  const v9 = v.tax_rates;
  if (v9 !== undefined && v9 !== null) {
    if (!isArray(v9)) {
      ok = wrongType(c, ["tax_rates"], "array", v9);
    } else {
      for (let i0 = 0; i0 < v9.length; i0++) {
        const v10 = v9[i0];
        ok = into(c, checkTaxRate, v10, ok, "tax_rates", i0);
        if (!ok && full(c)) break;
      }
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
  const v0 = v.billing_thresholds;
  if (v0 !== undefined && v0 !== null) {
    if (!testSubscriptionItemBillingThresholds(v0, c)) return false;
  }
  const v1 = v.created;
  if (!isInt(v1)) return false;
  const v2 = v.id;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.metadata;
  if (!isObject(v3)) return false;
  for (const k2 of Object.keys(v3)) {
    const v4 = entry(v3, k2);
    if (typeof v4 !== "string") return false;
    if (v4.length > 500 && tooLong(v4, 500)) return false;
  }
  const v5 = v.object;
  if (v5 !== "subscription_item") return false;
  const v6 = v.price;
  if (!testPrice(v6, c)) return false;
  const v7 = v.quantity;
  if (v7 !== undefined) {
    if (!isInt(v7)) return false;
  }
  const v8 = v.subscription;
  if (typeof v8 !== "string") return false;
  if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  const v9 = v.tax_rates;
  if (v9 !== undefined && v9 !== null) {
    if (!isArray(v9)) return false;
    for (let i0 = 0; i0 < v9.length; i0++) {
      const v10 = v9[i0];
      if (!testTaxRate(v10, c)) return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    billing_thresholds: opt(nul(ref(SubscriptionItemBillingThresholds))),
    created: req(int()),
    id: req(str()),
    metadata: req(obj({}, str())),
    object: req(oneOf(e0)),
    price: req(ref(Price)),
    quantity: opt(int()),
    subscription: req(str()),
    tax_rates: opt(nul(list(ref(TaxRate)))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "subscription_item",
  branch: "subscription_item",
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
  schema as SubscriptionItem,
  validateInput as validateSubscriptionItem,
  isValid as isSubscriptionItem,
  check as checkSubscriptionItem,
  test as testSubscriptionItem,
};
