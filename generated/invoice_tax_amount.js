import {
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
import {
  bool,
  int,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { TaxRate, checkTaxRate, testTaxRate } from "./tax_rate.js";

const k0 = /* @__PURE__ */ set([
  "amount",
  "inclusive",
  "tax_rate",
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
  const v1 = v.inclusive;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["inclusive"], v1, ok);
  } else {
    if (typeof v1 !== "boolean") {
      ok = wrongType(c, ["inclusive"], "boolean", v1);
    }
  }
  const v2 = v.tax_rate;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["tax_rate"], v2, ok);
  } else {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) {
        ok = longFail(c, ["tax_rate"], 5000, v2);
      }
    } else if (isObject(v2)) {
      ok = into(c, checkTaxRate, v2, ok, "tax_rate");
    } else {
      ok = wrongType(c, ["tax_rate"], "string | object", v2);
    }
  }
  const v3 = v.taxability_reason;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["taxability_reason"], "string", v3);
    }
  }
  const v4 = v.taxable_amount;
  if (v4 !== undefined && v4 !== null) {
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
  const v2 = v.tax_rate;
  if (v2 === undefined || v2 === null) return false;
  if (typeof v2 === "string") {
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  } else if (isObject(v2)) {
    if (!testTaxRate(v2, c)) return false;
  } else {
    return false;
  }
  const v3 = v.taxability_reason;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
  }
  const v4 = v.taxable_amount;
  if (v4 !== undefined && v4 !== null) {
    if (!isInt(v4)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    inclusive: req(bool()),
    tax_rate: req(union(str(), ref(TaxRate))),
    taxability_reason: opt(nul(oneOf(e0, true))),
    taxable_amount: opt(nul(int())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoice_tax_amount",
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
  schema as InvoiceTaxAmount,
  validateInput as validateInvoiceTaxAmount,
  isValid as isInvoiceTaxAmount,
  check as checkInvoiceTaxAmount,
  test as testInvoiceTaxAmount,
};
