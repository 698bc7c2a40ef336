import {
  branchTests,
  branches,
  deeper,
  enter,
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
import { int, obj, ref, req, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  DeletedDiscount,
  checkDeletedDiscount,
  testDeletedDiscount,
} from "./deleted_discount.js";
import { Discount, checkDiscount, testDiscount } from "./discount.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["discount", checkDiscount, "discount"],
  ["deleted_discount", checkDeletedDiscount, "discount#deleted"],
]);
const k0 = /* @__PURE__ */ set(["amount", "discount"]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testDiscount, "discount"],
  [testDeletedDiscount, "discount#deleted"],
]);

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
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) {
        ok = longFail(c, ["discount"], 5000, v1);
      }
    } else if (isObject(v1)) {
      ok = into(c, d0, v1, ok, "discount");
    } else {
      ok = wrongType(c, ["discount"], "string | object", v1);
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
  const v0 = v.amount;
  if (!isInt(v0)) return false;
  const v1 = v.discount;
  if (v1 === undefined || v1 === null) return false;
  if (typeof v1 === "string") {
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  } else if (isObject(v1)) {
    if (!d1(v1, c)) return false;
  } else {
    return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    discount: req(union(str(), ref(Discount), ref(DeletedDiscount))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "discounts_resource_discount_amount",
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
  schema as DiscountsResourceDiscountAmount,
  validateInput as validateDiscountsResourceDiscountAmount,
  isValid as isDiscountsResourceDiscountAmount,
  check as checkDiscountsResourceDiscountAmount,
  test as testDiscountsResourceDiscountAmount,
};
