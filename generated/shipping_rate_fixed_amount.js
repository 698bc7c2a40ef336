import {
  deeper,
  enter,
  entry,
  into,
  isInt,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  ShippingRateCurrencyOption,
  checkShippingRateCurrencyOption,
  testShippingRateCurrencyOption,
} from "./shipping_rate_currency_option.js";

const k1 = /* @__PURE__ */ set(["amount", "currency", "currency_options"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["amount"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount"], "integer", v0);
    }
  }
  const v1 = v.currency;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["currency"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["currency"], "string", v1);
    }
  }
  const v2 = v.currency_options;
  if (v2 !== undefined) {
    if (!isObject(v2)) {
      ok = wrongType(c, ["currency_options"], "object", v2);
    } else {
      for (const k0 of Object.keys(v2)) {
        const v3 = entry(v2, k0);
        ok = into(
          c,
          checkShippingRateCurrencyOption,
          v3,
          ok,
          "currency_options",
          k0,
        );
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
  const v0 = v.amount;
  if (!isInt(v0)) return false;
  const v1 = v.currency;
  if (typeof v1 !== "string") return false;
  const v2 = v.currency_options;
  if (v2 !== undefined) {
    if (!isObject(v2)) return false;
    for (const k2 of Object.keys(v2)) {
      const v3 = entry(v2, k2);
      if (!testShippingRateCurrencyOption(v3, c)) return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    currency: req(str()),
    currency_options: opt(obj({}, ref(ShippingRateCurrencyOption))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "shipping_rate_fixed_amount",
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
  schema as ShippingRateFixedAmount,
  validateInput as validateShippingRateFixedAmount,
  isValid as isShippingRateFixedAmount,
  check as checkShippingRateFixedAmount,
  test as testShippingRateFixedAmount,
};
