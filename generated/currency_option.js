import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isInt,
  isObject,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, list, nul, obj, oneOf, opt, ref, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  CustomUnitAmount,
  checkCustomUnitAmount,
  testCustomUnitAmount,
} from "./custom_unit_amount.js";
import { PriceTier, checkPriceTier, testPriceTier } from "./price_tier.js";

const e0 = /* @__PURE__ */ set(["exclusive", "inclusive", "unspecified"]);
const k0 = /* @__PURE__ */ set([
  "custom_unit_amount",
  "tax_behavior",
  "tiers",
  "unit_amount",
  "unit_amount_decimal",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.custom_unit_amount;
  if (v0 !== undefined && v0 !== null) {
    ok = into(c, checkCustomUnitAmount, v0, ok, "custom_unit_amount");
  }
  const v1 = v.tax_behavior;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["tax_behavior"], e0, v1, ok);
    }
  }
  const v2 = v.tiers;
  if (v2 !== undefined) {
    if (!isArray(v2)) {
      ok = wrongType(c, ["tiers"], "array", v2);
    } else {
      for (let i0 = 0; i0 < v2.length; i0++) {
        const v3 = v2[i0];
        ok = into(c, checkPriceTier, v3, ok, "tiers", i0);
        if (!ok && full(c)) break;
      }
    }
  }
  const v4 = v.unit_amount;
  if (v4 !== undefined && v4 !== null) {
    if (!isInt(v4)) {
      ok = wrongType(c, ["unit_amount"], "integer", v4);
    }
  }
  const v5 = v.unit_amount_decimal;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["unit_amount_decimal"], "string", v5);
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
  const v0 = v.custom_unit_amount;
  if (v0 !== undefined && v0 !== null) {
    if (!testCustomUnitAmount(v0, c)) return false;
  }
  const v1 = v.tax_behavior;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) return false;
  }
  const v2 = v.tiers;
  if (v2 !== undefined) {
    if (!isArray(v2)) return false;
    for (let i0 = 0; i0 < v2.length; i0++) {
      const v3 = v2[i0];
      if (!testPriceTier(v3, c)) return false;
    }
  }
  const v4 = v.unit_amount;
  if (v4 !== undefined && v4 !== null) {
    if (!isInt(v4)) return false;
  }
  const v5 = v.unit_amount_decimal;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    custom_unit_amount: opt(nul(ref(CustomUnitAmount))),
    tax_behavior: opt(nul(oneOf(e0))),
    tiers: opt(list(ref(PriceTier))),
    unit_amount: opt(nul(int())),
    unit_amount_decimal: opt(nul(str("decimal"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "currency_option",
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
  schema as CurrencyOption,
  validateInput as validateCurrencyOption,
  isValid as isCurrencyOption,
  check as checkCurrencyOption,
  test as testCurrencyOption,
};
