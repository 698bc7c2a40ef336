import {
  deeper,
  enter,
  isObject,
  longFail,
  missing,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "amusement_tax",
  "communications_tax",
  "gst",
  "hst",
  "igst",
  "jct",
  "lease_tax",
  "pst",
  "qst",
  "rst",
  "sales_tax",
  "vat",
]);
const k0 = /* @__PURE__ */ set([
  "country",
  "percentage_decimal",
  "state",
  "tax_type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.country;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["country"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["country"], 5000, v0);
    }
  }
  const v1 = v.percentage_decimal;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["percentage_decimal"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["percentage_decimal"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["percentage_decimal"], 5000, v1);
    }
  }
  const v2 = v.state;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["state"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["state"], 5000, v2);
    }
  }
  const v3 = v.tax_type;
  if (v3 !== undefined && v3 !== null) {
    if (!e0.has(v3)) {
      ok = notInEnum(c, ["tax_type"], e0, v3, ok);
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
  const v0 = v.country;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.percentage_decimal;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.state;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.tax_type;
  if (v3 !== undefined && v3 !== null) {
    if (!e0.has(v3)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    country: opt(nul(str())),
    percentage_decimal: req(str()),
    state: opt(nul(str())),
    tax_type: opt(nul(oneOf(e0))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax_product_resource_tax_rate_details",
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
  schema as TaxProductResourceTaxRateDetails,
  validateInput as validateTaxProductResourceTaxRateDetails,
  isValid as isTaxProductResourceTaxRateDetails,
  check as checkTaxProductResourceTaxRateDetails,
  test as testTaxProductResourceTaxRateDetails,
};
