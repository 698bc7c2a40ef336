import {
  deeper,
  enter,
  into,
  isInt,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Discount, checkDiscount, testDiscount } from "./discount.js";

const k0 = /* @__PURE__ */ set(["amount", "discount"]);

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
  const v1 = v.discount;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["discount"], v1, ok);
  } else {
    ok = into(c, checkDiscount, v1, ok, "discount");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.amount;
  if (!isInt(v0)) return false;
  const v1 = v.discount;
  if (!testDiscount(v1, c)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ amount: req(int()), discount: req(ref(Discount)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "line_items_discount_amount",
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
  schema as LineItemsDiscountAmount,
  validateInput as validateLineItemsDiscountAmount,
  isValid as isLineItemsDiscountAmount,
  check as checkLineItemsDiscountAmount,
  test as testLineItemsDiscountAmount,
};
