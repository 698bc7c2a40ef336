import {
  deeper,
  enter,
  entry,
  into,
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
import { CreditNote, checkCreditNote, testCreditNote } from "./credit_note.js";
import { Customer, checkCustomer, testCustomer } from "./customer.js";
import { Invoice, checkInvoice, testInvoice } from "./invoice.js";

const e0 = /* @__PURE__ */ set(["customer_balance_transaction"]);
const e1 = /* @__PURE__ */ set([
  "adjustment",
  "applied_to_invoice",
  "credit_note",
  "initial",
  "invoice_overpaid",
  "invoice_too_large",
  "invoice_too_small",
  "migration",
  "unapplied_from_invoice",
  "unspent_receiver_credit",
]);
const k1 = /* @__PURE__ */ set([
  "amount",
  "created",
  "credit_note",
  "currency",
  "customer",
  "description",
  "ending_balance",
  "id",
  "invoice",
  "livemode",
  "metadata",
  "object",
  "type",
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
  const v1 = v.created;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["created"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["created"], "integer", v1);
    }
  }
  const v2 = v.credit_note;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) {
        ok = longFail(c, ["credit_note"], 5000, v2);
      }
    } else if (isObject(v2)) {
      ok = into(c, checkCreditNote, v2, ok, "credit_note");
    } else {
      ok = wrongType(c, ["credit_note"], "string | object", v2);
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
      ok = into(c, checkCustomer, v4, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v4);
    }
  }
  const v5 = v.description;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["description"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["description"], 5000, v5);
    }
  }
  const v6 = v.ending_balance;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["ending_balance"], v6, ok);
  } else {
    if (!isInt(v6)) {
      ok = wrongType(c, ["ending_balance"], "integer", v6);
    }
  }
  const v7 = v.id;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["id"], v7, ok);
  } else {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["id"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["id"], 5000, v7);
    }
  }
  const v8 = v.invoice;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 === "string") {
      if (v8.length > 5000 && tooLong(v8, 5000)) {
        ok = longFail(c, ["invoice"], 5000, v8);
      }
    } else if (isObject(v8)) {
      ok = into(c, checkInvoice, v8, ok, "invoice");
    } else {
      ok = wrongType(c, ["invoice"], "string | object", v8);
    }
  }
  const v9 = v.livemode;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["livemode"], v9, ok);
  } else {
    if (typeof v9 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v9);
    }
  }
  const v10 = v.metadata;
  if (v10 !== undefined && v10 !== null) {
    if (!isObject(v10)) {
      ok = wrongType(c, ["metadata"], "object", v10);
    } else {
      for (const k0 of Object.keys(v10)) {
        const v11 = entry(v10, k0);
        if (typeof v11 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v11);
        } else if (v11.length > 500 && tooLong(v11, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v11);
        }
      }
    }
  }
  const v12 = v.object;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["object"], v12, ok);
  } else {
    if (!e0.has(v12)) {
      ok = notInEnum(c, ["object"], e0, v12, ok);
    }
  }
  const v13 = v.type;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["type"], v13, ok);
  } else {
    if (!e1.has(v13)) {
      ok = notInEnum(c, ["type"], e1, v13, ok);
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
  const v0 = v.amount;
  if (!isInt(v0)) return false;
  const v1 = v.created;
  if (!isInt(v1)) return false;
  const v2 = v.credit_note;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) return false;
    } else if (isObject(v2)) {
      if (!testCreditNote(v2, c)) return false;
    } else {
      return false;
    }
  }
  const v3 = v.currency;
  if (typeof v3 !== "string") return false;
  const v4 = v.customer;
  if (v4 === undefined || v4 === null) return false;
  if (typeof v4 === "string") {
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  } else if (isObject(v4)) {
    if (!testCustomer(v4, c)) return false;
  } else {
    return false;
  }
  const v5 = v.description;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.ending_balance;
  if (!isInt(v6)) return false;
  const v7 = v.id;
  if (typeof v7 !== "string") return false;
  if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  const v8 = v.invoice;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 === "string") {
      if (v8.length > 5000 && tooLong(v8, 5000)) return false;
    } else if (isObject(v8)) {
      if (!testInvoice(v8, c)) return false;
    } else {
      return false;
    }
  }
  const v9 = v.livemode;
  if (typeof v9 !== "boolean") return false;
  const v10 = v.metadata;
  if (v10 !== undefined && v10 !== null) {
    if (!isObject(v10)) return false;
    for (const k2 of Object.keys(v10)) {
      const v11 = entry(v10, k2);
      if (typeof v11 !== "string") return false;
      if (v11.length > 500 && tooLong(v11, 500)) return false;
    }
  }
  const v12 = v.object;
  if (v12 !== "customer_balance_transaction") return false;
  const v13 = v.type;
  if (!e1.has(v13)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    created: req(int("unix-time")),
    credit_note: opt(nul(union(str(), ref(CreditNote)))),
    currency: req(str()),
    customer: req(union(str(), ref(Customer))),
    description: opt(nul(str())),
    ending_balance: req(int()),
    id: req(str()),
    invoice: opt(nul(union(str(), ref(Invoice)))),
    livemode: req(bool()),
    metadata: opt(nul(obj({}, str()))),
    object: req(oneOf(e0)),
    type: req(oneOf(e1)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "customer_balance_transaction",
  branch: "customer_balance_transaction",
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
  schema as CustomerBalanceTransaction,
  validateInput as validateCustomerBalanceTransaction,
  isValid as isCustomerBalanceTransaction,
  check as checkCustomerBalanceTransaction,
  test as testCustomerBalanceTransaction,
};
