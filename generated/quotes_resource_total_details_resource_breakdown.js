import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, obj, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  LineItemsDiscountAmount,
  checkLineItemsDiscountAmount,
  testLineItemsDiscountAmount,
} from "./line_items_discount_amount.js";
import {
  LineItemsTaxAmount,
  checkLineItemsTaxAmount,
  testLineItemsTaxAmount,
} from "./line_items_tax_amount.js";

const k0 = /* @__PURE__ */ set(["discounts", "taxes"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.discounts;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["discounts"], v0, ok);
  } else {
    if (!isArray(v0)) {
      ok = wrongType(c, ["discounts"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        ok = into(c, checkLineItemsDiscountAmount, v1, ok, "discounts", i0);
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.taxes;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["taxes"], v2, ok);
  } else {
    if (!isArray(v2)) {
      ok = wrongType(c, ["taxes"], "array", v2);
    } else {
      for (let i1 = 0; i1 < v2.length; i1++) {
        const v3 = v2[i1];
        ok = into(c, checkLineItemsTaxAmount, v3, ok, "taxes", i1);
        if (!ok && full(c)) break;
      }
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
  const v0 = v.discounts;
  if (!isArray(v0)) return false;
  for (let i0 = 0; i0 < v0.length; i0++) {
    const v1 = v0[i0];
    if (!testLineItemsDiscountAmount(v1, c)) return false;
  }
  const v2 = v.taxes;
  if (!isArray(v2)) return false;
  for (let i1 = 0; i1 < v2.length; i1++) {
    const v3 = v2[i1];
    if (!testLineItemsTaxAmount(v3, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    discounts: req(list(ref(LineItemsDiscountAmount))),
    taxes: req(list(ref(LineItemsTaxAmount))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "quotes_resource_total_details_resource_breakdown",
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
  schema as QuotesResourceTotalDetailsResourceBreakdown,
  validateInput as validateQuotesResourceTotalDetailsResourceBreakdown,
  isValid as isQuotesResourceTotalDetailsResourceBreakdown,
  check as checkQuotesResourceTotalDetailsResourceBreakdown,
  test as testQuotesResourceTotalDetailsResourceBreakdown,
};
