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
  LineItemsDiscountAmount,
  checkLineItemsDiscountAmount,
  testLineItemsDiscountAmount,
} from "./line_items_discount_amount.js";
import {
  LineItemsTaxAmount,
  checkLineItemsTaxAmount,
  testLineItemsTaxAmount,
} from "./line_items_tax_amount.js";
import { Price, checkPrice, testPrice } from "./price.js";

const e0 = /* @__PURE__ */ set(["item"]);
const k0 = /* @__PURE__ */ set([
  "amount_discount",
  "amount_subtotal",
  "amount_tax",
  "amount_total",
  "currency",
  "description",
  "discounts",
  "id",
  "object",
  "price",
  "quantity",
  "taxes",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount_discount;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["amount_discount"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount_discount"], "integer", v0);
    }
  }
  const v1 = v.amount_subtotal;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["amount_subtotal"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["amount_subtotal"], "integer", v1);
    }
  }
  const v2 = v.amount_tax;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["amount_tax"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["amount_tax"], "integer", v2);
    }
  }
  const v3 = v.amount_total;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["amount_total"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["amount_total"], "integer", v3);
    }
  }
  const v4 = v.currency;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["currency"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["currency"], "string", v4);
    }
  }
  const v5 = v.description;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["description"], v5, ok);
  } else {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["description"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["description"], 5000, v5);
    }
  }
  const v6 = v.discounts;
  if (v6 !== undefined) {
    if (!isArray(v6)) {
      ok = wrongType(c, ["discounts"], "array", v6);
    } else {
      for (let i0 = 0; i0 < v6.length; i0++) {
        const v7 = v6[i0];
        ok = into(c, checkLineItemsDiscountAmount, v7, ok, "discounts", i0);
        if (!ok && full(c)) break;
      }
    }
  }
  const v8 = v.id;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["id"], v8, ok);
  } else {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["id"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["id"], 5000, v8);
    }
  }
  const v9 = v.object;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["object"], v9, ok);
  } else {
    if (!e0.has(v9)) {
      ok = notInEnum(c, ["object"], e0, v9, ok);
    }
  }
  const v10 = v.price;
  if (v10 !== undefined && v10 !== null) {
    ok = into(c, checkPrice, v10, ok, "price");
  }
  const v11 = v.quantity;
  if (v11 !== undefined && v11 !== null) {
    if (!isInt(v11)) {
      ok = wrongType(c, ["quantity"], "integer", v11);
    }
  }
  const v12 = v.taxes;
  if (v12 !== undefined) {
    if (!isArray(v12)) {
      ok = wrongType(c, ["taxes"], "array", v12);
    } else {
      for (let i1 = 0; i1 < v12.length; i1++) {
        const v13 = v12[i1];
        ok = into(c, checkLineItemsTaxAmount, v13, ok, "taxes", i1);
        if (!ok && full(c)) break;
      }
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
  const v0 = v.amount_discount;
  if (!isInt(v0)) return false;
  const v1 = v.amount_subtotal;
  if (!isInt(v1)) return false;
  const v2 = v.amount_tax;
  if (!isInt(v2)) return false;
  const v3 = v.amount_total;
  if (!isInt(v3)) return false;
  const v4 = v.currency;
  if (typeof v4 !== "string") return false;
  const v5 = v.description;
  if (typeof v5 !== "string") return false;
  if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  const v6 = v.discounts;
  if (v6 !== undefined) {
    if (!isArray(v6)) return false;
    for (let i0 = 0; i0 < v6.length; i0++) {
      const v7 = v6[i0];
      if (!testLineItemsDiscountAmount(v7, c)) return false;
    }
  }
  const v8 = v.id;
  if (typeof v8 !== "string") return false;
  if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  const v9 = v.object;
  if (v9 !== "item") return false;
  const v10 = v.price;
  if (v10 !== undefined && v10 !== null) {
    if (!testPrice(v10, c)) return false;
  }
  const v11 = v.quantity;
  if (v11 !== undefined && v11 !== null) {
    if (!isInt(v11)) return false;
  }
  const v12 = v.taxes;
  if (v12 !== undefined) {
    if (!isArray(v12)) return false;
    for (let i1 = 0; i1 < v12.length; i1++) {
      const v13 = v12[i1];
      if (!testLineItemsTaxAmount(v13, c)) return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount_discount: req(int()),
    amount_subtotal: req(int()),
    amount_tax: req(int()),
    amount_total: req(int()),
    currency: req(str()),
    description: req(str()),
    discounts: opt(list(ref(LineItemsDiscountAmount))),
    id: req(str()),
    object: req(oneOf(e0)),
    price: opt(nul(ref(Price))),
    quantity: opt(nul(int())),
    taxes: opt(list(ref(LineItemsTaxAmount))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "item",
  branch: "item",
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
  schema as Item,
  validateInput as validateItem,
  isValid as isItem,
  check as checkItem,
  test as testItem,
};
