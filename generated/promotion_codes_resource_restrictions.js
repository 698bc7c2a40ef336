import {
  deeper,
  enter,
  entry,
  into,
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
import { bool, int, nul, obj, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PromotionCodeCurrencyOption,
  checkPromotionCodeCurrencyOption,
  testPromotionCodeCurrencyOption,
} from "./promotion_code_currency_option.js";

const k1 = /* @__PURE__ */ set([
  "currency_options",
  "first_time_transaction",
  "minimum_amount",
  "minimum_amount_currency",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.currency_options;
  if (v0 !== undefined) {
    if (!isObject(v0)) {
      ok = wrongType(c, ["currency_options"], "object", v0);
    } else {
      for (const k0 of Object.keys(v0)) {
        const v1 = entry(v0, k0);
        ok = into(
          c,
          checkPromotionCodeCurrencyOption,
          v1,
          ok,
          "currency_options",
          k0,
        );
      }
    }
  }
  const v2 = v.first_time_transaction;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["first_time_transaction"], v2, ok);
  } else {
    if (typeof v2 !== "boolean") {
      ok = wrongType(c, ["first_time_transaction"], "boolean", v2);
    }
  }
  const v3 = v.minimum_amount;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) {
      ok = wrongType(c, ["minimum_amount"], "integer", v3);
    }
  }
  const v4 = v.minimum_amount_currency;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["minimum_amount_currency"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["minimum_amount_currency"], 5000, v4);
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
  const v0 = v.currency_options;
  if (v0 !== undefined) {
    if (!isObject(v0)) return false;
    for (const k2 of Object.keys(v0)) {
      const v1 = entry(v0, k2);
      if (!testPromotionCodeCurrencyOption(v1, c)) return false;
    }
  }
  const v2 = v.first_time_transaction;
  if (typeof v2 !== "boolean") return false;
  const v3 = v.minimum_amount;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) return false;
  }
  const v4 = v.minimum_amount_currency;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    currency_options: opt(obj({}, ref(PromotionCodeCurrencyOption))),
    first_time_transaction: req(bool()),
    minimum_amount: opt(nul(int())),
    minimum_amount_currency: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "promotion_codes_resource_restrictions",
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
  schema as PromotionCodesResourceRestrictions,
  validateInput as validatePromotionCodesResourceRestrictions,
  isValid as isPromotionCodesResourceRestrictions,
  check as checkPromotionCodesResourceRestrictions,
  test as testPromotionCodesResourceRestrictions,
};
