import {
  branchTests,
  branches,
  deeper,
  enter,
  entry,
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
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  CreditNoteLineItem,
  checkCreditNoteLineItem,
  testCreditNoteLineItem,
} from "./credit_note_line_item.js";
import {
  CreditNoteTaxAmount,
  checkCreditNoteTaxAmount,
  testCreditNoteTaxAmount,
} from "./credit_note_tax_amount.js";
import { Customer, checkCustomer, testCustomer } from "./customer.js";
import {
  CustomerBalanceTransaction,
  checkCustomerBalanceTransaction,
  testCustomerBalanceTransaction,
} from "./customer_balance_transaction.js";
import {
  DeletedCustomer,
  checkDeletedCustomer,
  testDeletedCustomer,
} from "./deleted_customer.js";
import {
  DiscountsResourceDiscountAmount,
  checkDiscountsResourceDiscountAmount,
  testDiscountsResourceDiscountAmount,
} from "./discounts_resource_discount_amount.js";
import { Invoice, checkInvoice, testInvoice } from "./invoice.js";
import {
  InvoicesShippingCost,
  checkInvoicesShippingCost,
  testInvoicesShippingCost,
} from "./invoices_shipping_cost.js";
import { Refund, checkRefund, testRefund } from "./refund.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["customer", checkCustomer, "customer"],
  ["deleted_customer", checkDeletedCustomer, "customer#deleted"],
]);
const e0 = /* @__PURE__ */ set(["list"]);
const k0 = /* @__PURE__ */ set(["data", "has_more", "object", "url"]);
const e1 = /* @__PURE__ */ set(["credit_note"]);
const e2 = /* @__PURE__ */ set([
  "duplicate",
  "fraudulent",
  "order_change",
  "product_unsatisfactory",
]);
const e3 = /* @__PURE__ */ set(["issued", "void"]);
const e4 = /* @__PURE__ */ set(["post_payment", "pre_payment"]);
const k2 = /* @__PURE__ */ set([
  "amount",
  "amount_shipping",
  "created",
  "currency",
  "customer",
  "customer_balance_transaction",
  "discount_amount",
  "discount_amounts",
  "effective_at",
  "id",
  "invoice",
  "lines",
  "livemode",
  "memo",
  "metadata",
  "number",
  "object",
  "out_of_band_amount",
  "pdf",
  "reason",
  "refund",
  "shipping_cost",
  "status",
  "subtotal",
  "subtotal_excluding_tax",
  "tax_amounts",
  "total",
  "total_excluding_tax",
  "type",
  "voided_at",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testCustomer, "customer"],
  [testDeletedCustomer, "customer#deleted"],
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
  const v1 = v.amount_shipping;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["amount_shipping"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["amount_shipping"], "integer", v1);
    }
  }
  const v2 = v.created;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["created"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["created"], "integer", v2);
    }
  }
  const v3 = v.currency;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["currency"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["currency"], "string", v3);
    }
  }
  const v4 = v.customer;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["customer"], v4, ok);
  } else {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) {
        ok = longFail(c, ["customer"], 5000, v4);
      }
    } else if (isObject(v4)) {
      ok = into(c, d0, v4, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v4);
    }
  }
  const v5 = v.customer_balance_transaction;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 === "string") {
      if (v5.length > 5000 && tooLong(v5, 5000)) {
        ok = longFail(c, ["customer_balance_transaction"], 5000, v5);
      }
    } else if (isObject(v5)) {
      ok = into(
        c,
        checkCustomerBalanceTransaction,
        v5,
        ok,
        "customer_balance_transaction",
      );
    } else {
      ok = wrongType(
        c,
        ["customer_balance_transaction"],
        "string | object",
        v5,
      );
    }
  }
  const v6 = v.discount_amount;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["discount_amount"], v6, ok);
  } else {
    if (!isInt(v6)) {
      ok = wrongType(c, ["discount_amount"], "integer", v6);
    }
  }
  const v7 = v.discount_amounts;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["discount_amounts"], v7, ok);
  } else {
    if (!isArray(v7)) {
      ok = wrongType(c, ["discount_amounts"], "array", v7);
    } else {
      for (let i0 = 0; i0 < v7.length; i0++) {
        const v8 = v7[i0];
        ok = into(
          c,
          checkDiscountsResourceDiscountAmount,
          v8,
          ok,
          "discount_amounts",
          i0,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v9 = v.effective_at;
  if (v9 !== undefined && v9 !== null) {
    if (!isInt(v9)) {
      ok = wrongType(c, ["effective_at"], "integer", v9);
    }
  }
  const v10 = v.id;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["id"], v10, ok);
  } else {
    if (typeof v10 !== "string") {
      ok = wrongType(c, ["id"], "string", v10);
    } else if (v10.length > 5000 && tooLong(v10, 5000)) {
      ok = longFail(c, ["id"], 5000, v10);
    }
  }
  const v11 = v.invoice;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["invoice"], v11, ok);
  } else {
    if (typeof v11 === "string") {
      if (v11.length > 5000 && tooLong(v11, 5000)) {
        ok = longFail(c, ["invoice"], 5000, v11);
      }
    } else if (isObject(v11)) {
      ok = into(c, checkInvoice, v11, ok, "invoice");
    } else {
      ok = wrongType(c, ["invoice"], "string | object", v11);
    }
  }
  const v12 = v.lines;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["lines"], v12, ok);
  } else {
    if (!isObject(v12)) {
      ok = wrongType(c, ["lines"], "object", v12);
    } else {
      const v13 = v12.data;
      if (v13 === undefined || v13 === null) {
        ok = missing(c, ["lines", "data"], v13, ok);
      } else {
        if (!isArray(v13)) {
          ok = wrongType(c, ["lines", "data"], "array", v13);
        } else {
          for (let i1 = 0; i1 < v13.length; i1++) {
            const v14 = v13[i1];
            ok = into(c, checkCreditNoteLineItem, v14, ok, "lines", "data", i1);
            if (!ok && full(c)) break;
          }
        }
      }
      const v15 = v12.has_more;
      if (v15 === undefined || v15 === null) {
        ok = missing(c, ["lines", "has_more"], v15, ok);
      } else {
        if (typeof v15 !== "boolean") {
          ok = wrongType(c, ["lines", "has_more"], "boolean", v15);
        }
      }
      const v16 = v12.object;
      if (v16 === undefined || v16 === null) {
        ok = missing(c, ["lines", "object"], v16, ok);
      } else {
        if (!e0.has(v16)) {
          ok = notInEnum(c, ["lines", "object"], e0, v16, ok);
        }
      }
      const v17 = v12.url;
      if (v17 === undefined || v17 === null) {
        ok = missing(c, ["lines", "url"], v17, ok);
      } else {
        if (typeof v17 !== "string") {
          ok = wrongType(c, ["lines", "url"], "string", v17);
        } else if (v17.length > 5000 && tooLong(v17, 5000)) {
          ok = longFail(c, ["lines", "url"], 5000, v17);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["lines"], v12, k0, ok);
      }
    }
  }
  const v18 = v.livemode;
  if (v18 === undefined || v18 === null) {
    ok = missing(c, ["livemode"], v18, ok);
  } else {
    if (typeof v18 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v18);
    }
  }
  const v19 = v.memo;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 !== "string") {
      ok = wrongType(c, ["memo"], "string", v19);
    } else if (v19.length > 5000 && tooLong(v19, 5000)) {
      ok = longFail(c, ["memo"], 5000, v19);
    }
  }
  const v20 = v.metadata;
  if (v20 !== undefined && v20 !== null) {
    if (!isObject(v20)) {
      ok = wrongType(c, ["metadata"], "object", v20);
    } else {
      for (const k1 of Object.keys(v20)) {
        const v21 = entry(v20, k1);
        if (typeof v21 !== "string") {
          ok = wrongType(c, ["metadata", k1], "string", v21);
        } else if (v21.length > 500 && tooLong(v21, 500)) {
          ok = longFail(c, ["metadata", k1], 500, v21);
        }
      }
    }
  }
  const v22 = v.number;
  if (v22 === undefined || v22 === null) {
    ok = missing(c, ["number"], v22, ok);
  } else {
    if (typeof v22 !== "string") {
      ok = wrongType(c, ["number"], "string", v22);
    } else if (v22.length > 5000 && tooLong(v22, 5000)) {
      ok = longFail(c, ["number"], 5000, v22);
    }
  }
  const v23 = v.object;
  if (v23 === undefined || v23 === null) {
    ok = missing(c, ["object"], v23, ok);
  } else {
    if (!e1.has(v23)) {
      ok = notInEnum(c, ["object"], e1, v23, ok);
    }
  }
  const v24 = v.out_of_band_amount;
  if (v24 !== undefined && v24 !== null) {
    if (!isInt(v24)) {
      ok = wrongType(c, ["out_of_band_amount"], "integer", v24);
    }
  }
  const v25 = v.pdf;
  if (v25 === undefined || v25 === null) {
    ok = missing(c, ["pdf"], v25, ok);
  } else {
    if (typeof v25 !== "string") {
      ok = wrongType(c, ["pdf"], "string", v25);
    } else if (v25.length > 5000 && tooLong(v25, 5000)) {
      ok = longFail(c, ["pdf"], 5000, v25);
    }
  }
  const v26 = v.reason;
  if (v26 !== undefined && v26 !== null) {
    if (!e2.has(v26)) {
      ok = notInEnum(c, ["reason"], e2, v26, ok);
    }
  }
  const v27 = v.refund;
  if (v27 !== undefined && v27 !== null) {
    if (typeof v27 === "string") {
      if (v27.length > 5000 && tooLong(v27, 5000)) {
        ok = longFail(c, ["refund"], 5000, v27);
      }
    } else if (isObject(v27)) {
      ok = into(c, checkRefund, v27, ok, "refund");
    } else {
      ok = wrongType(c, ["refund"], "string | object", v27);
    }
  }
  const v28 = v.shipping_cost;
  if (v28 !== undefined && v28 !== null) {
    ok = into(c, checkInvoicesShippingCost, v28, ok, "shipping_cost");
  }
  const v29 = v.status;
  if (v29 === undefined || v29 === null) {
    ok = missing(c, ["status"], v29, ok);
  } else {
    if (!e3.has(v29)) {
      ok = notInEnum(c, ["status"], e3, v29, ok);
    }
  }
  const v30 = v.subtotal;
  if (v30 === undefined || v30 === null) {
    ok = missing(c, ["subtotal"], v30, ok);
  } else {
    if (!isInt(v30)) {
      ok = wrongType(c, ["subtotal"], "integer", v30);
    }
  }
  const v31 = v.subtotal_excluding_tax;
  if (v31 !== undefined && v31 !== null) {
    if (!isInt(v31)) {
      ok = wrongType(c, ["subtotal_excluding_tax"], "integer", v31);
    }
  }
  const v32 = v.tax_amounts;
  if (v32 === undefined || v32 === null) {
    ok = missing(c, ["tax_amounts"], v32, ok);
  } else {
    if (!isArray(v32)) {
      ok = wrongType(c, ["tax_amounts"], "array", v32);
    } else {
      for (let i2 = 0; i2 < v32.length; i2++) {
        const v33 = v32[i2];
        ok = into(c, checkCreditNoteTaxAmount, v33, ok, "tax_amounts", i2);
        if (!ok && full(c)) break;
      }
    }
  }
  const v34 = v.total;
  if (v34 === undefined || v34 === null) {
    ok = missing(c, ["total"], v34, ok);
  } else {
    if (!isInt(v34)) {
      ok = wrongType(c, ["total"], "integer", v34);
    }
  }
  const v35 = v.total_excluding_tax;
  if (v35 !== undefined && v35 !== null) {
    if (!isInt(v35)) {
      ok = wrongType(c, ["total_excluding_tax"], "integer", v35);
    }
  }
  const v36 = v.type;
  if (v36 === undefined || v36 === null) {
    ok = missing(c, ["type"], v36, ok);
  } else {
    if (!e4.has(v36)) {
      ok = notInEnum(c, ["type"], e4, v36, ok);
    }
  }
  const v37 = v.voided_at;
  if (v37 !== undefined && v37 !== null) {
    if (!isInt(v37)) {
      ok = wrongType(c, ["voided_at"], "integer", v37);
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
  const v0 = v.amount;
  if (!isInt(v0)) return false;
  const v1 = v.amount_shipping;
  if (!isInt(v1)) return false;
  const v2 = v.created;
  if (!isInt(v2)) return false;
  const v3 = v.currency;
  if (typeof v3 !== "string") return false;
  const v4 = v.customer;
  if (v4 === undefined || v4 === null) return false;
  if (typeof v4 === "string") {
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  } else if (isObject(v4)) {
    if (!d1(v4, c)) return false;
  } else {
    return false;
  }
  const v5 = v.customer_balance_transaction;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 === "string") {
      if (v5.length > 5000 && tooLong(v5, 5000)) return false;
    } else if (isObject(v5)) {
      if (!testCustomerBalanceTransaction(v5, c)) return false;
    } else {
      return false;
    }
  }
  const v6 = v.discount_amount;
  if (!isInt(v6)) return false;
  const v7 = v.discount_amounts;
  if (!isArray(v7)) return false;
  for (let i0 = 0; i0 < v7.length; i0++) {
    const v8 = v7[i0];
    if (!testDiscountsResourceDiscountAmount(v8, c)) return false;
  }
  const v9 = v.effective_at;
  if (v9 !== undefined && v9 !== null) {
    if (!isInt(v9)) return false;
  }
  const v10 = v.id;
  if (typeof v10 !== "string") return false;
  if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  const v11 = v.invoice;
  if (v11 === undefined || v11 === null) return false;
  if (typeof v11 === "string") {
    if (v11.length > 5000 && tooLong(v11, 5000)) return false;
  } else if (isObject(v11)) {
    if (!testInvoice(v11, c)) return false;
  } else {
    return false;
  }
  const v12 = v.lines;
  if (!isObject(v12)) return false;
  const v13 = v12.data;
  if (!isArray(v13)) return false;
  for (let i1 = 0; i1 < v13.length; i1++) {
    const v14 = v13[i1];
    if (!testCreditNoteLineItem(v14, c)) return false;
  }
  const v15 = v12.has_more;
  if (typeof v15 !== "boolean") return false;
  const v16 = v12.object;
  if (v16 !== "list") return false;
  const v17 = v12.url;
  if (typeof v17 !== "string") return false;
  if (v17.length > 5000 && tooLong(v17, 5000)) return false;
  const v18 = v.livemode;
  if (typeof v18 !== "boolean") return false;
  const v19 = v.memo;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 !== "string") return false;
    if (v19.length > 5000 && tooLong(v19, 5000)) return false;
  }
  const v20 = v.metadata;
  if (v20 !== undefined && v20 !== null) {
    if (!isObject(v20)) return false;
    for (const k3 of Object.keys(v20)) {
      const v21 = entry(v20, k3);
      if (typeof v21 !== "string") return false;
      if (v21.length > 500 && tooLong(v21, 500)) return false;
    }
  }
  const v22 = v.number;
  if (typeof v22 !== "string") return false;
  if (v22.length > 5000 && tooLong(v22, 5000)) return false;
  const v23 = v.object;
  if (v23 !== "credit_note") return false;
  const v24 = v.out_of_band_amount;
  if (v24 !== undefined && v24 !== null) {
    if (!isInt(v24)) return false;
  }
  const v25 = v.pdf;
  if (typeof v25 !== "string") return false;
  if (v25.length > 5000 && tooLong(v25, 5000)) return false;
  const v26 = v.reason;
  if (v26 !== undefined && v26 !== null) {
    if (!e2.has(v26)) return false;
  }
  const v27 = v.refund;
  if (v27 !== undefined && v27 !== null) {
    if (typeof v27 === "string") {
      if (v27.length > 5000 && tooLong(v27, 5000)) return false;
    } else if (isObject(v27)) {
      if (!testRefund(v27, c)) return false;
    } else {
      return false;
    }
  }
  const v28 = v.shipping_cost;
  if (v28 !== undefined && v28 !== null) {
    if (!testInvoicesShippingCost(v28, c)) return false;
  }
  const v29 = v.status;
  if (!e3.has(v29)) return false;
  const v30 = v.subtotal;
  if (!isInt(v30)) return false;
  const v31 = v.subtotal_excluding_tax;
  if (v31 !== undefined && v31 !== null) {
    if (!isInt(v31)) return false;
  }
  const v32 = v.tax_amounts;
  if (!isArray(v32)) return false;
  for (let i2 = 0; i2 < v32.length; i2++) {
    const v33 = v32[i2];
    if (!testCreditNoteTaxAmount(v33, c)) return false;
  }
  const v34 = v.total;
  if (!isInt(v34)) return false;
  const v35 = v.total_excluding_tax;
  if (v35 !== undefined && v35 !== null) {
    if (!isInt(v35)) return false;
  }
  const v36 = v.type;
  if (!e4.has(v36)) return false;
  const v37 = v.voided_at;
  if (v37 !== undefined && v37 !== null) {
    if (!isInt(v37)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    amount_shipping: req(int()),
    created: req(int("unix-time")),
    currency: req(str()),
    customer: req(union(str(), ref(Customer), ref(DeletedCustomer))),
    customer_balance_transaction: opt(
      nul(union(str(), ref(CustomerBalanceTransaction))),
    ),
    discount_amount: req(int()),
    discount_amounts: req(list(ref(DiscountsResourceDiscountAmount))),
    effective_at: opt(nul(int("unix-time"))),
    id: req(str()),
    invoice: req(union(str(), ref(Invoice))),
    lines: req(
      obj({
        data: req(list(ref(CreditNoteLineItem))),
        has_more: req(bool()),
        object: req(oneOf(e0)),
        url: req(str()),
      }),
    ),
    livemode: req(bool()),
    memo: opt(nul(str())),
    metadata: opt(nul(obj({}, str()))),
    number: req(str()),
    object: req(oneOf(e1)),
    out_of_band_amount: opt(nul(int())),
    pdf: req(str()),
    reason: opt(nul(oneOf(e2))),
    refund: opt(nul(union(str(), ref(Refund)))),
    shipping_cost: opt(nul(ref(InvoicesShippingCost))),
    status: req(oneOf(e3)),
    subtotal: req(int()),
    subtotal_excluding_tax: opt(nul(int())),
    tax_amounts: req(list(ref(CreditNoteTaxAmount))),
    total: req(int()),
    total_excluding_tax: opt(nul(int())),
    type: req(oneOf(e4)),
    voided_at: opt(nul(int("unix-time"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "credit_note",
  branch: "credit_note",
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
  schema as CreditNote,
  validateInput as validateCreditNote,
  isValid as isCreditNote,
  check as checkCreditNote,
  test as testCreditNote,
};
