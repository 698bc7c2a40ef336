import {
  deeper,
  enter,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["original_line_item"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.original_line_item;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["original_line_item"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["original_line_item"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["original_line_item"], 5000, v0);
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
  const v0 = v.original_line_item;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ original_line_item: req(str()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax_product_resource_tax_transaction_line_item_resource_reversal",
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
  schema as TaxProductResourceTaxTransactionLineItemResourceReversal,
  validateInput as validateTaxProductResourceTaxTransactionLineItemResourceReversal,
  isValid as isTaxProductResourceTaxTransactionLineItemResourceReversal,
  check as checkTaxProductResourceTaxTransactionLineItemResourceReversal,
  test as testTaxProductResourceTaxTransactionLineItemResourceReversal,
};
