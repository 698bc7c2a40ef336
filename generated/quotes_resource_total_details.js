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
import { int, nul, obj, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  QuotesResourceTotalDetailsResourceBreakdown,
  checkQuotesResourceTotalDetailsResourceBreakdown,
  testQuotesResourceTotalDetailsResourceBreakdown,
} from "./quotes_resource_total_details_resource_breakdown.js";

const k0 = /* @__PURE__ */ set([
  "amount_discount",
  "amount_shipping",
  "amount_tax",
  "breakdown",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount_discount;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["amount_discount"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount_discount"], "integer", v0);
    }
  }
  const v1 = v.amount_shipping;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["amount_shipping"], "integer", v1);
    }
  }
  const v2 = v.amount_tax;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["amount_tax"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["amount_tax"], "integer", v2);
    }
  }
  const v3 = v.breakdown;
  if (v3 !== undefined) {
    ok = into(
      c,
      checkQuotesResourceTotalDetailsResourceBreakdown,
      v3,
      ok,
      "breakdown",
    );
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.amount_discount;
  if (!isInt(v0)) return false;
  const v1 = v.amount_shipping;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
  }
  const v2 = v.amount_tax;
  if (!isInt(v2)) return false;
  const v3 = v.breakdown;
  if (v3 !== undefined) {
    if (!testQuotesResourceTotalDetailsResourceBreakdown(v3, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount_discount: req(int()),
    amount_shipping: opt(nul(int())),
    amount_tax: req(int()),
    breakdown: opt(ref(QuotesResourceTotalDetailsResourceBreakdown)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "quotes_resource_total_details",
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
  schema as QuotesResourceTotalDetails,
  validateInput as validateQuotesResourceTotalDetails,
  isValid as isQuotesResourceTotalDetails,
  check as checkQuotesResourceTotalDetails,
  test as testQuotesResourceTotalDetails,
};
