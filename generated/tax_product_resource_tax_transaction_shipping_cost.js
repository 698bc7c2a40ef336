import {
  deeper,
  enter,
  isInt,
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
import { int, obj, oneOf, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["exclusive", "inclusive"]);
const k0 = /* @__PURE__ */ set([
  "amount",
  "amount_tax",
  "shipping_rate",
  "tax_behavior",
  "tax_code",
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
  const v1 = v.amount_tax;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["amount_tax"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["amount_tax"], "integer", v1);
    }
  }
  const v2 = v.shipping_rate;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["shipping_rate"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["shipping_rate"], 5000, v2);
    }
  }
  const v3 = v.tax_behavior;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["tax_behavior"], v3, ok);
  } else {
    if (!e0.has(v3)) {
      ok = notInEnum(c, ["tax_behavior"], e0, v3, ok);
    }
  }
  const v4 = v.tax_code;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["tax_code"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["tax_code"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["tax_code"], 5000, v4);
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
  const v1 = v.amount_tax;
  if (!isInt(v1)) return false;
  const v2 = v.shipping_rate;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.tax_behavior;
  if (!e0.has(v3)) return false;
  const v4 = v.tax_code;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    amount_tax: req(int()),
    shipping_rate: opt(str()),
    tax_behavior: req(oneOf(e0)),
    tax_code: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax_product_resource_tax_transaction_shipping_cost",
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
  schema as TaxProductResourceTaxTransactionShippingCost,
  validateInput as validateTaxProductResourceTaxTransactionShippingCost,
  isValid as isTaxProductResourceTaxTransactionShippingCost,
  check as checkTaxProductResourceTaxTransactionShippingCost,
  test as testTaxProductResourceTaxTransactionShippingCost,
};
