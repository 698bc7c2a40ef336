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
import { bool, int, obj, oneOf, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TaxProductResourceTaxRateDetails,
  checkTaxProductResourceTaxRateDetails,
  testTaxProductResourceTaxRateDetails,
} from "./tax_product_resource_tax_rate_details.js";

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
const k0 = /* @__PURE__ */ set([
  "amount",
  "inclusive",
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
  const v1 = v.inclusive;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["inclusive"], v1, ok);
  } else {
    if (typeof v1 !== "boolean") {
      ok = wrongType(c, ["inclusive"], "boolean", v1);
    }
  }
  const v2 = v.tax_rate_details;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["tax_rate_details"], v2, ok);
  } else {
    ok = into(
      c,
      checkTaxProductResourceTaxRateDetails,
      v2,
      ok,
      "tax_rate_details",
    );
  }
  const v3 = v.taxability_reason;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["taxability_reason"], v3, ok);
  } else {
    if (!e0.has(v3)) {
      ok = notInEnum(c, ["taxability_reason"], e0, v3, ok);
    }
  }
  const v4 = v.taxable_amount;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["taxable_amount"], v4, ok);
  } else {
    if (!isInt(v4)) {
      ok = wrongType(c, ["taxable_amount"], "integer", v4);
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
  const v1 = v.inclusive;
  if (typeof v1 !== "boolean") return false;
  const v2 = v.tax_rate_details;
  if (!testTaxProductResourceTaxRateDetails(v2, c)) return false;
  const v3 = v.taxability_reason;
  if (!e0.has(v3)) return false;
  const v4 = v.taxable_amount;
  if (!isInt(v4)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    inclusive: req(bool()),
    tax_rate_details: req(ref(TaxProductResourceTaxRateDetails)),
    taxability_reason: req(oneOf(e0)),
    taxable_amount: req(int()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax_product_resource_tax_breakdown",
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
  schema as TaxProductResourceTaxBreakdown,
  validateInput as validateTaxProductResourceTaxBreakdown,
  isValid as isTaxProductResourceTaxBreakdown,
  check as checkTaxProductResourceTaxBreakdown,
  test as testTaxProductResourceTaxBreakdown,
};
