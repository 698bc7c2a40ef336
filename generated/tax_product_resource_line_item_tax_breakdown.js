import {
  deeper,
  enter,
  into,
  isInt,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TaxProductResourceJurisdiction,
  checkTaxProductResourceJurisdiction,
  testTaxProductResourceJurisdiction,
} from "./tax_product_resource_jurisdiction.js";
import {
  TaxProductResourceLineItemTaxRateDetails,
  checkTaxProductResourceLineItemTaxRateDetails,
  testTaxProductResourceLineItemTaxRateDetails,
} from "./tax_product_resource_line_item_tax_rate_details.js";

const e0 = /* @__PURE__ */ set(["destination", "origin"]);
const e1 = /* @__PURE__ */ set([
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
const k0 = /* @__PURE__ */ set([
  "amount",
  "jurisdiction",
  "sourcing",
  "tax_rate_details",
  "taxability_reason",
  "taxable_amount",
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
  const v1 = v.jurisdiction;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["jurisdiction"], v1, ok);
  } else {
    ok = into(c, checkTaxProductResourceJurisdiction, v1, ok, "jurisdiction");
  }
  const v2 = v.sourcing;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["sourcing"], v2, ok);
  } else {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["sourcing"], e0, v2, ok);
    }
  }
  const v3 = v.tax_rate_details;
  if (v3 !== undefined && v3 !== null) {
    ok = into(
      c,
      checkTaxProductResourceLineItemTaxRateDetails,
      v3,
      ok,
      "tax_rate_details",
    );
  }
  const v4 = v.taxability_reason;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["taxability_reason"], v4, ok);
  } else {
    if (!e1.has(v4)) {
      ok = notInEnum(c, ["taxability_reason"], e1, v4, ok);
    }
  }
  const v5 = v.taxable_amount;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["taxable_amount"], v5, ok);
  } else {
    if (!isInt(v5)) {
      ok = wrongType(c, ["taxable_amount"], "integer", v5);
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
  const v1 = v.jurisdiction;
  if (!testTaxProductResourceJurisdiction(v1, c)) return false;
  const v2 = v.sourcing;
  if (!e0.has(v2)) return false;
  const v3 = v.tax_rate_details;
  if (v3 !== undefined && v3 !== null) {
    if (!testTaxProductResourceLineItemTaxRateDetails(v3, c)) return false;
  }
  const v4 = v.taxability_reason;
  if (!e1.has(v4)) return false;
  const v5 = v.taxable_amount;
  if (!isInt(v5)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    jurisdiction: req(ref(TaxProductResourceJurisdiction)),
    sourcing: req(oneOf(e0)),
    tax_rate_details: opt(nul(ref(TaxProductResourceLineItemTaxRateDetails))),
    taxability_reason: req(oneOf(e1)),
    taxable_amount: req(int()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax_product_resource_line_item_tax_breakdown",
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
  schema as TaxProductResourceLineItemTaxBreakdown,
  validateInput as validateTaxProductResourceLineItemTaxBreakdown,
  isValid as isTaxProductResourceLineItemTaxBreakdown,
  check as checkTaxProductResourceLineItemTaxBreakdown,
  test as testTaxProductResourceLineItemTaxBreakdown,
};
