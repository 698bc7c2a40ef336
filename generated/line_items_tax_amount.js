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
import { int, nul, obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { TaxRate, checkTaxRate, testTaxRate } from "./tax_rate.js";

const k0 = /* @__PURE__ */ set([
  "amount",
  "rate",
  "taxability_reason",
  "taxable_amount",
]);
const e0 = /* @__PURE__ */ set([
  "customer_exempt",
  "not_collecting",
  "not_subject_to_tax",
  "not_supported",
  "portion_product_exempt",
  "portion_reduced_rated",
  "portion_standard_rated",
  "product_exempt",
  "product_exempt_holiday",
  "proportionally_rated",
  "reduced_rated",
  "reverse_charge",
  "standard_rated",
  "taxable_basis_reduced",
  "zero_rated",
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
  const v1 = v.rate;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["rate"], v1, ok);
  } else {
    ok = into(c, checkTaxRate, v1, ok, "rate");
  }
  const v2 = v.taxability_reason;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["taxability_reason"], "string", v2);
    }
  }
  const v3 = v.taxable_amount;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) {
      ok = wrongType(c, ["taxable_amount"], "integer", v3);
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
  const v1 = v.rate;
  if (!testTaxRate(v1, c)) return false;
  const v2 = v.taxability_reason;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
  }
  const v3 = v.taxable_amount;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    rate: req(ref(TaxRate)),
    taxability_reason: opt(nul(oneOf(e0, true))),
    taxable_amount: opt(nul(int())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "line_items_tax_amount",
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
  schema as LineItemsTaxAmount,
  validateInput as validateLineItemsTaxAmount,
  isValid as isLineItemsTaxAmount,
  check as checkLineItemsTaxAmount,
  test as testLineItemsTaxAmount,
};
