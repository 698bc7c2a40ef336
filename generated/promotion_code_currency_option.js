import {
  deeper,
  enter,
  isInt,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["minimum_amount"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.minimum_amount;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["minimum_amount"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["minimum_amount"], "integer", v0);
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
  const v0 = v.minimum_amount;
  if (!isInt(v0)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ minimum_amount: req(int()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "promotion_code_currency_option",
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
  schema as PromotionCodeCurrencyOption,
  validateInput as validatePromotionCodeCurrencyOption,
  isValid as isPromotionCodeCurrencyOption,
  check as checkPromotionCodeCurrencyOption,
  test as testPromotionCodeCurrencyOption,
};
