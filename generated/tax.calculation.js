import {
  deeper,
  enter,
  fail,
  full,
  into,
  isArray,
  isInt,
  isObject,
  longFail,
  missing,
  notInEnum,
  regex,
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
  TaxCalculationLineItem,
  checkTaxCalculationLineItem,
  testTaxCalculationLineItem,
} from "./tax.calculation_line_item.js";
import {
  TaxProductResourceCustomerDetails,
  checkTaxProductResourceCustomerDetails,
  testTaxProductResourceCustomerDetails,
} from "./tax_product_resource_customer_details.js";
import {
  TaxProductResourceTaxBreakdown,
  checkTaxProductResourceTaxBreakdown,
  testTaxProductResourceTaxBreakdown,
} from "./tax_product_resource_tax_breakdown.js";
import {
  TaxProductResourceTaxCalculationShippingCost,
  checkTaxProductResourceTaxCalculationShippingCost,
  testTaxProductResourceTaxCalculationShippingCost,
} from "./tax_product_resource_tax_calculation_shipping_cost.js";

const e0 = /* @__PURE__ */ set(["list"]);
const s0 = "^/v1/tax/calculations/[^/]+/line_items";
const p0 = /* @__PURE__ */ regex(s0);
const k0 = /* @__PURE__ */ set(["data", "has_more", "object", "url"]);
const e1 = /* @__PURE__ */ set(["tax.calculation"]);
const k1 = /* @__PURE__ */ set([
  "amount_total",
  "currency",
  "customer",
  "customer_details",
  "expires_at",
  "id",
  "line_items",
  "livemode",
  "object",
  "shipping_cost",
  "tax_amount_exclusive",
  "tax_amount_inclusive",
  "tax_breakdown",
  "tax_date",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount_total;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["amount_total"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount_total"], "integer", v0);
    }
  }
  const v1 = v.currency;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["currency"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["currency"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["currency"], 5000, v1);
    }
  }
  const v2 = v.customer;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["customer"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["customer"], 5000, v2);
    }
  }
  const v3 = v.customer_details;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["customer_details"], v3, ok);
  } else {
    ok = into(
      c,
      checkTaxProductResourceCustomerDetails,
      v3,
      ok,
      "customer_details",
    );
  }
  const v4 = v.expires_at;
  if (v4 !== undefined && v4 !== null) {
    if (!isInt(v4)) {
      ok = wrongType(c, ["expires_at"], "integer", v4);
    }
  }
  const v5 = v.id;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["id"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["id"], 5000, v5);
    }
  }
  const v6 = v.line_items;
  if (v6 !== undefined && v6 !== null) {
    if (!isObject(v6)) {
      ok = wrongType(c, ["line_items"], "object", v6);
    } else {
      const v7 = v6.data;
      if (v7 === undefined || v7 === null) {
        ok = missing(c, ["line_items", "data"], v7, ok);
      } else {
        if (!isArray(v7)) {
          ok = wrongType(c, ["line_items", "data"], "array", v7);
        } else {
          for (let i0 = 0; i0 < v7.length; i0++) {
            const v8 = v7[i0];
            ok = into(
              c,
              checkTaxCalculationLineItem,
              v8,
              ok,
              "line_items",
              "data",
              i0,
            );
            if (!ok && full(c)) break;
          }
        }
      }
      const v9 = v6.has_more;
      if (v9 === undefined || v9 === null) {
        ok = missing(c, ["line_items", "has_more"], v9, ok);
      } else {
        if (typeof v9 !== "boolean") {
          ok = wrongType(c, ["line_items", "has_more"], "boolean", v9);
        }
      }
      const v10 = v6.object;
      if (v10 === undefined || v10 === null) {
        ok = missing(c, ["line_items", "object"], v10, ok);
      } else {
        if (!e0.has(v10)) {
          ok = notInEnum(c, ["line_items", "object"], e0, v10, ok);
        }
      }
      const v11 = v6.url;
      if (v11 === undefined || v11 === null) {
        ok = missing(c, ["line_items", "url"], v11, ok);
      } else {
        if (typeof v11 !== "string") {
          ok = wrongType(c, ["line_items", "url"], "string", v11);
        } else if (v11.length > 5000 && tooLong(v11, 5000)) {
          ok = longFail(c, ["line_items", "url"], 5000, v11);
        } else if (!p0.test(v11)) {
          ok = fail(c, "pattern", ["line_items", "url"], s0, v11);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["line_items"], v6, k0, ok);
      }
    }
  }
  const v12 = v.livemode;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["livemode"], v12, ok);
  } else {
    if (typeof v12 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v12);
    }
  }
  const v13 = v.object;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["object"], v13, ok);
  } else {
    if (!e1.has(v13)) {
      ok = notInEnum(c, ["object"], e1, v13, ok);
    }
  }
  const v14 = v.shipping_cost;
  if (v14 !== undefined && v14 !== null) {
    ok = into(
      c,
      checkTaxProductResourceTaxCalculationShippingCost,
      v14,
      ok,
      "shipping_cost",
    );
  }
  const v15 = v.tax_amount_exclusive;
  if (v15 === undefined || v15 === null) {
    ok = missing(c, ["tax_amount_exclusive"], v15, ok);
  } else {
    if (!isInt(v15)) {
      ok = wrongType(c, ["tax_amount_exclusive"], "integer", v15);
    }
  }
  const v16 = v.tax_amount_inclusive;
  if (v16 === undefined || v16 === null) {
    ok = missing(c, ["tax_amount_inclusive"], v16, ok);
  } else {
    if (!isInt(v16)) {
      ok = wrongType(c, ["tax_amount_inclusive"], "integer", v16);
    }
  }
  const v17 = v.tax_breakdown;
  if (v17 === undefined || v17 === null) {
    ok = missing(c, ["tax_breakdown"], v17, ok);
  } else {
    if (!isArray(v17)) {
      ok = wrongType(c, ["tax_breakdown"], "array", v17);
    } else {
      for (let i1 = 0; i1 < v17.length; i1++) {
        const v18 = v17[i1];
        ok = into(
          c,
          checkTaxProductResourceTaxBreakdown,
          v18,
          ok,
          "tax_breakdown",
          i1,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v19 = v.tax_date;
  if (v19 === undefined || v19 === null) {
    ok = missing(c, ["tax_date"], v19, ok);
  } else {
    if (!isInt(v19)) {
      ok = wrongType(c, ["tax_date"], "integer", v19);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.amount_total;
  if (!isInt(v0)) return false;
  const v1 = v.currency;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.customer;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.customer_details;
  if (!testTaxProductResourceCustomerDetails(v3, c)) return false;
  const v4 = v.expires_at;
  if (v4 !== undefined && v4 !== null) {
    if (!isInt(v4)) return false;
  }
  const v5 = v.id;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.line_items;
  if (v6 !== undefined && v6 !== null) {
    if (!isObject(v6)) return false;
    const v7 = v6.data;
    if (!isArray(v7)) return false;
    for (let i0 = 0; i0 < v7.length; i0++) {
      const v8 = v7[i0];
      if (!testTaxCalculationLineItem(v8, c)) return false;
    }
    const v9 = v6.has_more;
    if (typeof v9 !== "boolean") return false;
    const v10 = v6.object;
    if (v10 !== "list") return false;
    const v11 = v6.url;
    if (typeof v11 !== "string") return false;
    if (v11.length > 5000 && tooLong(v11, 5000)) return false;
    if (!p0.test(v11)) return false;
  }
  const v12 = v.livemode;
  if (typeof v12 !== "boolean") return false;
  const v13 = v.object;
  if (v13 !== "tax.calculation") return false;
  const v14 = v.shipping_cost;
  if (v14 !== undefined && v14 !== null) {
    if (!testTaxProductResourceTaxCalculationShippingCost(v14, c)) return false;
  }
  const v15 = v.tax_amount_exclusive;
  if (!isInt(v15)) return false;
  const v16 = v.tax_amount_inclusive;
  if (!isInt(v16)) return false;
  const v17 = v.tax_breakdown;
  if (!isArray(v17)) return false;
  for (let i1 = 0; i1 < v17.length; i1++) {
    const v18 = v17[i1];
    if (!testTaxProductResourceTaxBreakdown(v18, c)) return false;
  }
  const v19 = v.tax_date;
  if (!isInt(v19)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount_total: req(int()),
    currency: req(str()),
    customer: opt(nul(str())),
    customer_details: req(ref(TaxProductResourceCustomerDetails)),
    expires_at: opt(nul(int("unix-time"))),
    id: opt(nul(str())),
    line_items: opt(
      nul(
        obj({
          data: req(list(ref(TaxCalculationLineItem))),
          has_more: req(bool()),
          object: req(oneOf(e0)),
          url: req(str()),
        }),
      ),
    ),
    livemode: req(bool()),
    object: req(oneOf(e1)),
    shipping_cost: opt(nul(ref(TaxProductResourceTaxCalculationShippingCost))),
    tax_amount_exclusive: req(int()),
    tax_amount_inclusive: req(int()),
    tax_breakdown: req(list(ref(TaxProductResourceTaxBreakdown))),
    tax_date: req(int("unix-time")),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax.calculation",
  branch: "tax.calculation",
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
  schema as TaxCalculation,
  validateInput as validateTaxCalculation,
  isValid as isTaxCalculation,
  check as checkTaxCalculation,
  test as testTaxCalculation,
};
