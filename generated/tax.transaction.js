import {
  deeper,
  enter,
  entry,
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
  TaxTransactionLineItem,
  checkTaxTransactionLineItem,
  testTaxTransactionLineItem,
} from "./tax.transaction_line_item.js";
import {
  TaxProductResourceCustomerDetails,
  checkTaxProductResourceCustomerDetails,
  testTaxProductResourceCustomerDetails,
} from "./tax_product_resource_customer_details.js";
import {
  TaxProductResourceTaxTransactionResourceReversal,
  checkTaxProductResourceTaxTransactionResourceReversal,
  testTaxProductResourceTaxTransactionResourceReversal,
} from "./tax_product_resource_tax_transaction_resource_reversal.js";
import {
  TaxProductResourceTaxTransactionShippingCost,
  checkTaxProductResourceTaxTransactionShippingCost,
  testTaxProductResourceTaxTransactionShippingCost,
} from "./tax_product_resource_tax_transaction_shipping_cost.js";

const e0 = /* @__PURE__ */ set(["list"]);
const s0 = "^/v1/tax/transactions/[^/]+/line_items";
const p0 = /* @__PURE__ */ regex(s0);
const k0 = /* @__PURE__ */ set(["data", "has_more", "object", "url"]);
const e1 = /* @__PURE__ */ set(["tax.transaction"]);
const e2 = /* @__PURE__ */ set(["reversal", "transaction"]);
const k2 = /* @__PURE__ */ set([
  "created",
  "currency",
  "customer",
  "customer_details",
  "id",
  "line_items",
  "livemode",
  "metadata",
  "object",
  "reference",
  "reversal",
  "shipping_cost",
  "tax_date",
  "type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.created;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["created"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["created"], "integer", v0);
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
  const v4 = v.id;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["id"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["id"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["id"], 5000, v4);
    }
  }
  const v5 = v.line_items;
  if (v5 !== undefined && v5 !== null) {
    if (!isObject(v5)) {
      ok = wrongType(c, ["line_items"], "object", v5);
    } else {
      const v6 = v5.data;
      if (v6 === undefined || v6 === null) {
        ok = missing(c, ["line_items", "data"], v6, ok);
      } else {
        if (!isArray(v6)) {
          ok = wrongType(c, ["line_items", "data"], "array", v6);
        } else {
          for (let i0 = 0; i0 < v6.length; i0++) {
            const v7 = v6[i0];
            ok = into(
              c,
              checkTaxTransactionLineItem,
              v7,
              ok,
              "line_items",
              "data",
              i0,
            );
            if (!ok && full(c)) break;
          }
        }
      }
      const v8 = v5.has_more;
      if (v8 === undefined || v8 === null) {
        ok = missing(c, ["line_items", "has_more"], v8, ok);
      } else {
        if (typeof v8 !== "boolean") {
          ok = wrongType(c, ["line_items", "has_more"], "boolean", v8);
        }
      }
      const v9 = v5.object;
      if (v9 === undefined || v9 === null) {
        ok = missing(c, ["line_items", "object"], v9, ok);
      } else {
        if (!e0.has(v9)) {
          ok = notInEnum(c, ["line_items", "object"], e0, v9, ok);
        }
      }
      const v10 = v5.url;
      if (v10 === undefined || v10 === null) {
        ok = missing(c, ["line_items", "url"], v10, ok);
      } else {
        if (typeof v10 !== "string") {
          ok = wrongType(c, ["line_items", "url"], "string", v10);
        } else if (v10.length > 5000 && tooLong(v10, 5000)) {
          ok = longFail(c, ["line_items", "url"], 5000, v10);
        } else if (!p0.test(v10)) {
          ok = fail(c, "pattern", ["line_items", "url"], s0, v10);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["line_items"], v5, k0, ok);
      }
    }
  }
  const v11 = v.livemode;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["livemode"], v11, ok);
  } else {
    if (typeof v11 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v11);
    }
  }
  const v12 = v.metadata;
  if (v12 !== undefined && v12 !== null) {
    if (!isObject(v12)) {
      ok = wrongType(c, ["metadata"], "object", v12);
    } else {
      for (const k1 of Object.keys(v12)) {
        const v13 = entry(v12, k1);
        if (typeof v13 !== "string") {
          ok = wrongType(c, ["metadata", k1], "string", v13);
        } else if (v13.length > 500 && tooLong(v13, 500)) {
          ok = longFail(c, ["metadata", k1], 500, v13);
        }
      }
    }
  }
  const v14 = v.object;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["object"], v14, ok);
  } else {
    if (!e1.has(v14)) {
      ok = notInEnum(c, ["object"], e1, v14, ok);
    }
  }
  const v15 = v.reference;
  if (v15 === undefined || v15 === null) {
    ok = missing(c, ["reference"], v15, ok);
  } else {
    if (typeof v15 !== "string") {
      ok = wrongType(c, ["reference"], "string", v15);
    } else if (v15.length > 5000 && tooLong(v15, 5000)) {
      ok = longFail(c, ["reference"], 5000, v15);
    }
  }
  const v16 = v.reversal;
  if (v16 !== undefined && v16 !== null) {
    ok = into(
      c,
      checkTaxProductResourceTaxTransactionResourceReversal,
      v16,
      ok,
      "reversal",
    );
  }
  const v17 = v.shipping_cost;
  if (v17 !== undefined && v17 !== null) {
    ok = into(
      c,
      checkTaxProductResourceTaxTransactionShippingCost,
      v17,
      ok,
      "shipping_cost",
    );
  }
  const v18 = v.tax_date;
  if (v18 === undefined || v18 === null) {
    ok = missing(c, ["tax_date"], v18, ok);
  } else {
    if (!isInt(v18)) {
      ok = wrongType(c, ["tax_date"], "integer", v18);
    }
  }
  const v19 = v.type;
  if (v19 === undefined || v19 === null) {
    ok = missing(c, ["type"], v19, ok);
  } else {
    if (!e2.has(v19)) {
      ok = notInEnum(c, ["type"], e2, v19, ok);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k2, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.created;
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
  const v4 = v.id;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.line_items;
  if (v5 !== undefined && v5 !== null) {
    if (!isObject(v5)) return false;
    const v6 = v5.data;
    if (!isArray(v6)) return false;
    for (let i0 = 0; i0 < v6.length; i0++) {
      const v7 = v6[i0];
      if (!testTaxTransactionLineItem(v7, c)) return false;
    }
    const v8 = v5.has_more;
    if (typeof v8 !== "boolean") return false;
    const v9 = v5.object;
    if (v9 !== "list") return false;
    const v10 = v5.url;
    if (typeof v10 !== "string") return false;
    if (v10.length > 5000 && tooLong(v10, 5000)) return false;
    if (!p0.test(v10)) return false;
  }
  const v11 = v.livemode;
  if (typeof v11 !== "boolean") return false;
  const v12 = v.metadata;
  if (v12 !== undefined && v12 !== null) {
    if (!isObject(v12)) return false;
    for (const k3 of Object.keys(v12)) {
      const v13 = entry(v12, k3);
      if (typeof v13 !== "string") return false;
      if (v13.length > 500 && tooLong(v13, 500)) return false;
    }
  }
  const v14 = v.object;
  if (v14 !== "tax.transaction") return false;
  const v15 = v.reference;
  if (typeof v15 !== "string") return false;
  if (v15.length > 5000 && tooLong(v15, 5000)) return false;
  const v16 = v.reversal;
  if (v16 !== undefined && v16 !== null) {
    if (!testTaxProductResourceTaxTransactionResourceReversal(v16, c))
      return false;
  }
  const v17 = v.shipping_cost;
  if (v17 !== undefined && v17 !== null) {
    if (!testTaxProductResourceTaxTransactionShippingCost(v17, c)) return false;
  }
  const v18 = v.tax_date;
  if (!isInt(v18)) return false;
  const v19 = v.type;
  if (!e2.has(v19)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    created: req(int("unix-time")),
    currency: req(str()),
    customer: opt(nul(str())),
    customer_details: req(ref(TaxProductResourceCustomerDetails)),
    id: req(str()),
    line_items: opt(
      nul(
        obj({
          data: req(list(ref(TaxTransactionLineItem))),
          has_more: req(bool()),
          object: req(oneOf(e0)),
          url: req(str()),
        }),
      ),
    ),
    livemode: req(bool()),
    metadata: opt(nul(obj({}, str()))),
    object: req(oneOf(e1)),
    reference: req(str()),
    reversal: opt(nul(ref(TaxProductResourceTaxTransactionResourceReversal))),
    shipping_cost: opt(nul(ref(TaxProductResourceTaxTransactionShippingCost))),
    tax_date: req(int("unix-time")),
    type: req(oneOf(e2)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax.transaction",
  branch: "tax.transaction",
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
  schema as TaxTransaction,
  validateInput as validateTaxTransaction,
  isValid as isTaxTransaction,
  check as checkTaxTransaction,
  test as testTaxTransaction,
};
