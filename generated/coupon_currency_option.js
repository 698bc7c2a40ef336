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

const k0 = /* @__PURE__ */ set(["amount_off"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount_off;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["amount_off"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount_off"], "integer", v0);
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
  const v0 = v.amount_off;
  if (!isInt(v0)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ amount_off: req(int()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "coupon_currency_option",
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
  schema as CouponCurrencyOption,
  validateInput as validateCouponCurrencyOption,
  isValid as isCouponCurrencyOption,
  check as checkCouponCurrencyOption,
  test as testCouponCurrencyOption,
};
