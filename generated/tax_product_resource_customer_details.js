import {
  deeper,
  enter,
  full,
  into,
  isArray,
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
import { list, nul, obj, oneOf, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TaxProductResourceCustomerDetailsResourceTaxId,
  checkTaxProductResourceCustomerDetailsResourceTaxId,
  testTaxProductResourceCustomerDetailsResourceTaxId,
} from "./tax_product_resource_customer_details_resource_tax_id.js";
import {
  TaxProductResourcePostalAddress,
  checkTaxProductResourcePostalAddress,
  testTaxProductResourcePostalAddress,
} from "./tax_product_resource_postal_address.js";

const e0 = /* @__PURE__ */ set(["billing", "shipping"]);
const e1 = /* @__PURE__ */ set(["customer_exempt", "none", "reverse_charge"]);
const k0 = /* @__PURE__ */ set([
  "address",
  "address_source",
  "ip_address",
  "tax_ids",
  "taxability_override",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.address;
  if (v0 !== undefined && v0 !== null) {
    ok = into(c, checkTaxProductResourcePostalAddress, v0, ok, "address");
  }
  const v1 = v.address_source;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["address_source"], e0, v1, ok);
    }
  }
  const v2 = v.ip_address;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["ip_address"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["ip_address"], 5000, v2);
    }
  }
  const v3 = v.tax_ids;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["tax_ids"], v3, ok);
  } else {
    if (!isArray(v3)) {
      ok = wrongType(c, ["tax_ids"], "array", v3);
    } else {
      for (let i0 = 0; i0 < v3.length; i0++) {
        const v4 = v3[i0];
        ok = into(
          c,
          checkTaxProductResourceCustomerDetailsResourceTaxId,
          v4,
          ok,
          "tax_ids",
          i0,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v5 = v.taxability_override;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["taxability_override"], v5, ok);
  } else {
    if (!e1.has(v5)) {
      ok = notInEnum(c, ["taxability_override"], e1, v5, ok);
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
  const v0 = v.address;
  if (v0 !== undefined && v0 !== null) {
    if (!testTaxProductResourcePostalAddress(v0, c)) return false;
  }
  const v1 = v.address_source;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) return false;
  }
  const v2 = v.ip_address;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.tax_ids;
  if (!isArray(v3)) return false;
  for (let i0 = 0; i0 < v3.length; i0++) {
    const v4 = v3[i0];
    if (!testTaxProductResourceCustomerDetailsResourceTaxId(v4, c))
      return false;
  }
  const v5 = v.taxability_override;
  if (!e1.has(v5)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    address: opt(nul(ref(TaxProductResourcePostalAddress))),
    address_source: opt(nul(oneOf(e0))),
    ip_address: opt(nul(str())),
    tax_ids: req(list(ref(TaxProductResourceCustomerDetailsResourceTaxId))),
    taxability_override: req(oneOf(e1)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax_product_resource_customer_details",
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
  schema as TaxProductResourceCustomerDetails,
  validateInput as validateTaxProductResourceCustomerDetails,
  isValid as isTaxProductResourceCustomerDetails,
  check as checkTaxProductResourceCustomerDetails,
  test as testTaxProductResourceCustomerDetails,
};
