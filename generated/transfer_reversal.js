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
import {
  BalanceTransaction,
  checkBalanceTransaction,
  testBalanceTransaction,
} from "./balance_transaction.js";
import { Refund, checkRefund, testRefund } from "./refund.js";
import { Transfer, checkTransfer, testTransfer } from "./transfer.js";

const e0 = /* @__PURE__ */ set(["transfer_reversal"]);
const k1 = /* @__PURE__ */ set([
  "amount",
  "balance_transaction",
  "created",
  "currency",
  "destination_payment_refund",
  "id",
  "metadata",
  "object",
  "source_refund",
  "transfer",
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
  const v1 = v.balance_transaction;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) {
        ok = longFail(c, ["balance_transaction"], 5000, v1);
      }
    } else if (isObject(v1)) {
      ok = into(c, checkBalanceTransaction, v1, ok, "balance_transaction");
    } else {
      ok = wrongType(c, ["balance_transaction"], "string | object", v1);
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
  const v4 = v.destination_payment_refund;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) {
        ok = longFail(c, ["destination_payment_refund"], 5000, v4);
      }
    } else if (isObject(v4)) {
      ok = into(c, checkRefund, v4, ok, "destination_payment_refund");
    } else {
      ok = wrongType(c, ["destination_payment_refund"], "string | object", v4);
    }
  }
  const v5 = v.id;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["id"], v5, ok);
  } else {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["id"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["id"], 5000, v5);
    }
  }
  const v6 = v.metadata;
  if (v6 !== undefined && v6 !== null) {
    if (!isObject(v6)) {
      ok = wrongType(c, ["metadata"], "object", v6);
    } else {
      for (const k0 of Object.keys(v6)) {
        const v7 = entry(v6, k0);
        if (typeof v7 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v7);
        } else if (v7.length > 500 && tooLong(v7, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v7);
        }
      }
    }
  }
  const v8 = v.object;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["object"], v8, ok);
  } else {
    if (!e0.has(v8)) {
      ok = notInEnum(c, ["object"], e0, v8, ok);
    }
  }
  const v9 = v.source_refund;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 === "string") {
      if (v9.length > 5000 && tooLong(v9, 5000)) {
        ok = longFail(c, ["source_refund"], 5000, v9);
      }
    } else if (isObject(v9)) {
      ok = into(c, checkRefund, v9, ok, "source_refund");
    } else {
      ok = wrongType(c, ["source_refund"], "string | object", v9);
    }
  }
  const v10 = v.transfer;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["transfer"], v10, ok);
  } else {
    if (typeof v10 === "string") {
      if (v10.length > 5000 && tooLong(v10, 5000)) {
        ok = longFail(c, ["transfer"], 5000, v10);
      }
    } else if (isObject(v10)) {
      ok = into(c, checkTransfer, v10, ok, "transfer");
    } else {
      ok = wrongType(c, ["transfer"], "string | object", v10);
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
  const v1 = v.balance_transaction;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) return false;
    } else if (isObject(v1)) {
      if (!testBalanceTransaction(v1, c)) return false;
    } else {
      return false;
    }
  }
  const v2 = v.created;
  if (!isInt(v2)) return false;
  const v3 = v.currency;
  if (typeof v3 !== "string") return false;
  const v4 = v.destination_payment_refund;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) return false;
    } else if (isObject(v4)) {
      if (!testRefund(v4, c)) return false;
    } else {
      return false;
    }
  }
  const v5 = v.id;
  if (typeof v5 !== "string") return false;
  if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  const v6 = v.metadata;
  if (v6 !== undefined && v6 !== null) {
    if (!isObject(v6)) return false;
    for (const k2 of Object.keys(v6)) {
      const v7 = entry(v6, k2);
      if (typeof v7 !== "string") return false;
      if (v7.length > 500 && tooLong(v7, 500)) return false;
    }
  }
  const v8 = v.object;
  if (v8 !== "transfer_reversal") return false;
  const v9 = v.source_refund;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 === "string") {
      if (v9.length > 5000 && tooLong(v9, 5000)) return false;
    } else if (isObject(v9)) {
      if (!testRefund(v9, c)) return false;
    } else {
      return false;
    }
  }
  const v10 = v.transfer;
  if (v10 === undefined || v10 === null) return false;
  if (typeof v10 === "string") {
    if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  } else if (isObject(v10)) {
    if (!testTransfer(v10, c)) return false;
  } else {
    return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    balance_transaction: opt(nul(union(str(), ref(BalanceTransaction)))),
    created: req(int("unix-time")),
    currency: req(str()),
    destination_payment_refund: opt(nul(union(str(), ref(Refund)))),
    id: req(str()),
    metadata: opt(nul(obj({}, str()))),
    object: req(oneOf(e0)),
    source_refund: opt(nul(union(str(), ref(Refund)))),
    transfer: req(union(str(), ref(Transfer))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "transfer_reversal",
  branch: "transfer_reversal",
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
  schema as TransferReversal,
  validateInput as validateTransferReversal,
  isValid as isTransferReversal,
  check as checkTransferReversal,
  test as testTransferReversal,
};
