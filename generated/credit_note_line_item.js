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
  CreditNoteTaxAmount,
  checkCreditNoteTaxAmount,
  testCreditNoteTaxAmount,
} from "./credit_note_tax_amount.js";
import {
  DiscountsResourceDiscountAmount,
  checkDiscountsResourceDiscountAmount,
  testDiscountsResourceDiscountAmount,
} from "./discounts_resource_discount_amount.js";
import { TaxRate, checkTaxRate, testTaxRate } from "./tax_rate.js";

const e0 = /* @__PURE__ */ set(["credit_note_line_item"]);
const e1 = /* @__PURE__ */ set(["custom_line_item", "invoice_line_item"]);
const k0 = /* @__PURE__ */ set([
  "amount",
  "amount_excluding_tax",
  "description",
  "discount_amount",
  "discount_amounts",
  "id",
  "invoice_line_item",
  "livemode",
  "object",
  "quantity",
  "tax_amounts",
  "tax_rates",
  "type",
  "unit_amount",
  "unit_amount_decimal",
  "unit_amount_excluding_tax",
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
  const v1 = v.amount_excluding_tax;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["amount_excluding_tax"], "integer", v1);
    }
  }
  const v2 = v.description;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["description"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["description"], 5000, v2);
    }
  }
  const v3 = v.discount_amount;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["discount_amount"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["discount_amount"], "integer", v3);
    }
  }
  const v4 = v.discount_amounts;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["discount_amounts"], v4, ok);
  } else {
    if (!isArray(v4)) {
      ok = wrongType(c, ["discount_amounts"], "array", v4);
    } else {
      for (let i0 = 0; i0 < v4.length; i0++) {
        const v5 = v4[i0];
        ok = into(
          c,
          checkDiscountsResourceDiscountAmount,
          v5,
          ok,
          "discount_amounts",
          i0,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v6 = v.id;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["id"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["id"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["id"], 5000, v6);
    }
  }
  const v7 = v.invoice_line_item;
  if (v7 !== undefined) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["invoice_line_item"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["invoice_line_item"], 5000, v7);
    }
  }
  const v8 = v.livemode;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["livemode"], v8, ok);
  } else {
    if (typeof v8 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v8);
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
  const v10 = v.quantity;
  if (v10 !== undefined && v10 !== null) {
    if (!isInt(v10)) {
      ok = wrongType(c, ["quantity"], "integer", v10);
    }
  }
  const v11 = v.tax_amounts;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["tax_amounts"], v11, ok);
  } else {
    if (!isArray(v11)) {
      ok = wrongType(c, ["tax_amounts"], "array", v11);
    } else {
      for (let i1 = 0; i1 < v11.length; i1++) {
        const v12 = v11[i1];
        ok = into(c, checkCreditNoteTaxAmount, v12, ok, "tax_amounts", i1);
        if (!ok && full(c)) break;
      }
    }
  }
  const v13 = v.tax_rates;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["tax_rates"], v13, ok);
  } else {
    if (!isArray(v13)) {
      ok = wrongType(c, ["tax_rates"], "array", v13);
    } else {
      for (let i2 = 0; i2 < v13.length; i2++) {
        const v14 = v13[i2];
        ok = into(c, checkTaxRate, v14, ok, "tax_rates", i2);
        if (!ok && full(c)) break;
      }
    }
  }
  const v15 = v.type;
  if (v15 === undefined || v15 === null) {
    ok = missing(c, ["type"], v15, ok);
  } else {
    if (!e1.has(v15)) {
      ok = notInEnum(c, ["type"], e1, v15, ok);
    }
  }
  const v16 = v.unit_amount;
  if (v16 !== undefined && v16 !== null) {
    if (!isInt(v16)) {
      ok = wrongType(c, ["unit_amount"], "integer", v16);
    }
  }
  const v17 = v.unit_amount_decimal;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 !== "string") {
      ok = wrongType(c, ["unit_amount_decimal"], "string", v17);
    }
  }
  const v18 = v.unit_amount_excluding_tax;
  if (v18 !== undefined && v18 !== null) {
    if (typeof v18 !== "string") {
      ok = wrongType(c, ["unit_amount_excluding_tax"], "string", v18);
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
  const v1 = v.amount_excluding_tax;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
  }
  const v2 = v.description;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.discount_amount;
  if (!isInt(v3)) return false;
  const v4 = v.discount_amounts;
  if (!isArray(v4)) return false;
  for (let i0 = 0; i0 < v4.length; i0++) {
    const v5 = v4[i0];
    if (!testDiscountsResourceDiscountAmount(v5, c)) return false;
  }
  const v6 = v.id;
  if (typeof v6 !== "string") return false;
  if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  const v7 = v.invoice_line_item;
  if (v7 !== undefined) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.livemode;
  if (typeof v8 !== "boolean") return false;
  const v9 = v.object;
  if (v9 !== "credit_note_line_item") return false;
  const v10 = v.quantity;
  if (v10 !== undefined && v10 !== null) {
    if (!isInt(v10)) return false;
  }
  const v11 = v.tax_amounts;
  if (!isArray(v11)) return false;
  for (let i1 = 0; i1 < v11.length; i1++) {
    const v12 = v11[i1];
    if (!testCreditNoteTaxAmount(v12, c)) return false;
  }
  const v13 = v.tax_rates;
  if (!isArray(v13)) return false;
  for (let i2 = 0; i2 < v13.length; i2++) {
    const v14 = v13[i2];
    if (!testTaxRate(v14, c)) return false;
  }
  const v15 = v.type;
  if (!e1.has(v15)) return false;
  const v16 = v.unit_amount;
  if (v16 !== undefined && v16 !== null) {
    if (!isInt(v16)) return false;
  }
  const v17 = v.unit_amount_decimal;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 !== "string") return false;
  }
  const v18 = v.unit_amount_excluding_tax;
  if (v18 !== undefined && v18 !== null) {
    if (typeof v18 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    amount_excluding_tax: opt(nul(int())),
    description: opt(nul(str())),
    discount_amount: req(int()),
    discount_amounts: req(list(ref(DiscountsResourceDiscountAmount))),
    id: req(str()),
    invoice_line_item: opt(str()),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    quantity: opt(nul(int())),
    tax_amounts: req(list(ref(CreditNoteTaxAmount))),
    tax_rates: req(list(ref(TaxRate))),
    type: req(oneOf(e1)),
    unit_amount: opt(nul(int())),
    unit_amount_decimal: opt(nul(str("decimal"))),
    unit_amount_excluding_tax: opt(nul(str("decimal"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "credit_note_line_item",
  branch: "credit_note_line_item",
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
  schema as CreditNoteLineItem,
  validateInput as validateCreditNoteLineItem,
  isValid as isCreditNoteLineItem,
  check as checkCreditNoteLineItem,
  test as testCreditNoteLineItem,
};
