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
  opt,
  ref,
  req,
  str,
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  DeletedPrice,
  checkDeletedPrice,
  testDeletedPrice,
} from "./deleted_price.js";
import { Price, checkPrice, testPrice } from "./price.js";
import {
  SubscriptionItemBillingThresholds,
  checkSubscriptionItemBillingThresholds,
  testSubscriptionItemBillingThresholds,
} from "./subscription_item_billing_thresholds.js";
import { TaxRate, checkTaxRate, testTaxRate } from "./tax_rate.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["price", checkPrice, "price"],
  ["deleted_price", checkDeletedPrice, "price#deleted"],
]);
const k1 = /* @__PURE__ */ set([
  "billing_thresholds",
  "metadata",
  "price",
  "quantity",
  "tax_rates",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testPrice, "price"],
  [testDeletedPrice, "price#deleted"],
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
  const v1 = v.metadata;
  if (v1 !== undefined && v1 !== null) {
    if (!isObject(v1)) {
      ok = wrongType(c, ["metadata"], "object", v1);
    } else {
      for (const k0 of Object.keys(v1)) {
        const v2 = entry(v1, k0);
        if (typeof v2 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v2);
        } else if (v2.length > 500 && tooLong(v2, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v2);
        }
      }
    }
  }
  const v3 = v.price;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["price"], v3, ok);
  } else {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) {
        ok = longFail(c, ["price"], 5000, v3);
      }
    } else if (isObject(v3)) {
      ok = into(c, d0, v3, ok, "price");
    } else {
      ok = wrongType(c, ["price"], "string | object", v3);
    }
  }
  const v4 = v.quantity;
  if (v4 !== undefined) {
    if (!isInt(v4)) {
      ok = wrongType(c, ["quantity"], "integer", v4);
    }
  }
  const v5 = v.tax_rates;
  if (v5 !== undefined && v5 !== null) {
    if (!isArray(v5)) {
      ok = wrongType(c, ["tax_rates"], "array", v5);
    } else {
      for (let i0 = 0; i0 < v5.length; i0++) {
        const v6 = v5[i0];
        ok = into(c, checkTaxRate, v6, ok, "tax_rates", i0);
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
  const v1 = v.metadata;
  if (v1 !== undefined && v1 !== null) {
    if (!isObject(v1)) return false;
    for (const k2 of Object.keys(v1)) {
      const v2 = entry(v1, k2);
      if (typeof v2 !== "string") return false;
      if (v2.length > 500 && tooLong(v2, 500)) return false;
    }
  }
  const v3 = v.price;
  if (v3 === undefined || v3 === null) return false;
  if (typeof v3 === "string") {
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  } else if (isObject(v3)) {
    if (!d1(v3, c)) return false;
  } else {
    return false;
  }
  const v4 = v.quantity;
  if (v4 !== undefined) {
    if (!isInt(v4)) return false;
  }
  const v5 = v.tax_rates;
  if (v5 !== undefined && v5 !== null) {
    if (!isArray(v5)) return false;
    for (let i0 = 0; i0 < v5.length; i0++) {
      const v6 = v5[i0];
      if (!testTaxRate(v6, c)) return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    billing_thresholds: opt(nul(ref(SubscriptionItemBillingThresholds))),
    metadata: opt(nul(obj({}, str()))),
    price: req(union(str(), ref(Price), ref(DeletedPrice))),
    quantity: opt(int()),
    tax_rates: opt(nul(list(ref(TaxRate)))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "subscription_schedule_configuration_item",
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
  schema as SubscriptionScheduleConfigurationItem,
  validateInput as validateSubscriptionScheduleConfigurationItem,
  isValid as isSubscriptionScheduleConfigurationItem,
  check as checkSubscriptionScheduleConfigurationItem,
  test as testSubscriptionScheduleConfigurationItem,
};
