import {
  deeper,
  enter,
  full,
  into,
  isArray,
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
import {
  bool,
  int,
  list,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TaxProductResourceLineItemTaxBreakdown,
  checkTaxProductResourceLineItemTaxBreakdown,
  testTaxProductResourceLineItemTaxBreakdown,
} from "./tax_product_resource_line_item_tax_breakdown.js";

const e0 = /* @__PURE__ */ set(["tax.calculation_line_item"]);
const e1 = /* @__PURE__ */ set(["exclusive", "inclusive"]);
const k0 = /* @__PURE__ */ set([
  "amount",
  "amount_tax",
  "id",
  "livemode",
  "object",
  "product",
  "quantity",
  "reference",
  "tax_behavior",
  "tax_breakdown",
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
  const v2 = v.id;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["id"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["id"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["id"], 5000, v2);
    }
  }
  const v3 = v.livemode;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["livemode"], v3, ok);
  } else {
    if (typeof v3 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v3);
    }
  }
  const v4 = v.object;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["object"], v4, ok);
  } else {
    if (!e0.has(v4)) {
      ok = notInEnum(c, ["object"], e0, v4, ok);
    }
  }
  const v5 = v.product;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["product"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["product"], 5000, v5);
    }
  }
  const v6 = v.quantity;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["quantity"], v6, ok);
  } else {
    if (!isInt(v6)) {
      ok = wrongType(c, ["quantity"], "integer", v6);
    }
  }
  const v7 = v.reference;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["reference"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["reference"], 5000, v7);
    }
  }
  const v8 = v.tax_behavior;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["tax_behavior"], v8, ok);
  } else {
    if (!e1.has(v8)) {
      ok = notInEnum(c, ["tax_behavior"], e1, v8, ok);
    }
  }
  const v9 = v.tax_breakdown;
  if (v9 !== undefined && v9 !== null) {
    if (!isArray(v9)) {
      ok = wrongType(c, ["tax_breakdown"], "array", v9);
    } else {
      for (let i0 = 0; i0 < v9.length; i0++) {
        const v10 = v9[i0];
        ok = into(
          c,
          checkTaxProductResourceLineItemTaxBreakdown,
          v10,
          ok,
          "tax_breakdown",
          i0,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v11 = v.tax_code;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["tax_code"], v11, ok);
  } else {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["tax_code"], "string", v11);
    } else if (v11.length > 5000 && tooLong(v11, 5000)) {
      ok = longFail(c, ["tax_code"], 5000, v11);
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
  const v2 = v.id;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.livemode;
  if (typeof v3 !== "boolean") return false;
  const v4 = v.object;
  if (v4 !== "tax.calculation_line_item") return false;
  const v5 = v.product;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.quantity;
  if (!isInt(v6)) return false;
  const v7 = v.reference;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.tax_behavior;
  if (!e1.has(v8)) return false;
  const v9 = v.tax_breakdown;
  if (v9 !== undefined && v9 !== null) {
    if (!isArray(v9)) return false;
    for (let i0 = 0; i0 < v9.length; i0++) {
      const v10 = v9[i0];
      if (!testTaxProductResourceLineItemTaxBreakdown(v10, c)) return false;
    }
  }
  const v11 = v.tax_code;
  if (typeof v11 !== "string") return false;
  if (v11.length > 5000 && tooLong(v11, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    amount_tax: req(int()),
    id: req(str()),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    product: opt(nul(str())),
    quantity: req(int()),
    reference: opt(nul(str())),
    tax_behavior: req(oneOf(e1)),
    tax_breakdown: opt(nul(list(ref(TaxProductResourceLineItemTaxBreakdown)))),
    tax_code: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax.calculation_line_item",
  branch: "tax.calculation_line_item",
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
  schema as TaxCalculationLineItem,
  validateInput as validateTaxCalculationLineItem,
  isValid as isTaxCalculationLineItem,
  check as checkTaxCalculationLineItem,
  test as testTaxCalculationLineItem,
};
