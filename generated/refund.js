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
import { Charge, checkCharge, testCharge } from "./charge.js";
import {
  PaymentIntent,
  checkPaymentIntent,
  testPaymentIntent,
} from "./payment_intent.js";
import {
  RefundNextAction,
  checkRefundNextAction,
  testRefundNextAction,
} from "./refund_next_action.js";
import {
  TransferReversal,
  checkTransferReversal,
  testTransferReversal,
} from "./transfer_reversal.js";

const e0 = /* @__PURE__ */ set(["refund"]);
const k1 = /* @__PURE__ */ set([
  "amount",
  "balance_transaction",
  "charge",
  "created",
  "currency",
  "description",
  "failure_balance_transaction",
  "failure_reason",
  "id",
  "instructions_email",
  "metadata",
  "next_action",
  "object",
  "payment_intent",
  "reason",
  "receipt_number",
  "source_transfer_reversal",
  "status",
  "transfer_reversal",
]);
const e1 = /* @__PURE__ */ set([
  "duplicate",
  "expired_uncaptured_charge",
  "fraudulent",
  "requested_by_customer",
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
  const v2 = v.charge;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) {
        ok = longFail(c, ["charge"], 5000, v2);
      }
    } else if (isObject(v2)) {
      ok = into(c, checkCharge, v2, ok, "charge");
    } else {
      ok = wrongType(c, ["charge"], "string | object", v2);
    }
  }
  const v3 = v.created;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["created"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["created"], "integer", v3);
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
  if (v5 !== undefined) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["description"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["description"], 5000, v5);
    }
  }
  const v6 = v.failure_balance_transaction;
  if (v6 !== undefined) {
    if (typeof v6 === "string") {
      if (v6.length > 5000 && tooLong(v6, 5000)) {
        ok = longFail(c, ["failure_balance_transaction"], 5000, v6);
      }
    } else if (isObject(v6)) {
      ok = into(
        c,
        checkBalanceTransaction,
        v6,
        ok,
        "failure_balance_transaction",
      );
    } else {
      ok = wrongType(c, ["failure_balance_transaction"], "string | object", v6);
    }
  }
  const v7 = v.failure_reason;
  if (v7 !== undefined) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["failure_reason"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["failure_reason"], 5000, v7);
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
  const v9 = v.instructions_email;
  if (v9 !== undefined) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["instructions_email"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["instructions_email"], 5000, v9);
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
  const v12 = v.next_action;
  if (v12 !== undefined) {
    ok = into(c, checkRefundNextAction, v12, ok, "next_action");
  }
  const v13 = v.object;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["object"], v13, ok);
  } else {
    if (!e0.has(v13)) {
      ok = notInEnum(c, ["object"], e0, v13, ok);
    }
  }
  const v14 = v.payment_intent;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 === "string") {
      if (v14.length > 5000 && tooLong(v14, 5000)) {
        ok = longFail(c, ["payment_intent"], 5000, v14);
      }
    } else if (isObject(v14)) {
      ok = into(c, checkPaymentIntent, v14, ok, "payment_intent");
    } else {
      ok = wrongType(c, ["payment_intent"], "string | object", v14);
    }
  }
  const v15 = v.reason;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 !== "string") {
      ok = wrongType(c, ["reason"], "string", v15);
    }
  }
  const v16 = v.receipt_number;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "string") {
      ok = wrongType(c, ["receipt_number"], "string", v16);
    } else if (v16.length > 5000 && tooLong(v16, 5000)) {
      ok = longFail(c, ["receipt_number"], 5000, v16);
    }
  }
  const v17 = v.source_transfer_reversal;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 === "string") {
      if (v17.length > 5000 && tooLong(v17, 5000)) {
        ok = longFail(c, ["source_transfer_reversal"], 5000, v17);
      }
    } else if (isObject(v17)) {
      ok = into(c, checkTransferReversal, v17, ok, "source_transfer_reversal");
    } else {
      ok = wrongType(c, ["source_transfer_reversal"], "string | object", v17);
    }
  }
  const v18 = v.status;
  if (v18 !== undefined && v18 !== null) {
    if (typeof v18 !== "string") {
      ok = wrongType(c, ["status"], "string", v18);
    } else if (v18.length > 5000 && tooLong(v18, 5000)) {
      ok = longFail(c, ["status"], 5000, v18);
    }
  }
  const v19 = v.transfer_reversal;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 === "string") {
      if (v19.length > 5000 && tooLong(v19, 5000)) {
        ok = longFail(c, ["transfer_reversal"], 5000, v19);
      }
    } else if (isObject(v19)) {
      ok = into(c, checkTransferReversal, v19, ok, "transfer_reversal");
    } else {
      ok = wrongType(c, ["transfer_reversal"], "string | object", v19);
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
  const v2 = v.charge;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) return false;
    } else if (isObject(v2)) {
      if (!testCharge(v2, c)) return false;
    } else {
      return false;
    }
  }
  const v3 = v.created;
  if (!isInt(v3)) return false;
  const v4 = v.currency;
  if (typeof v4 !== "string") return false;
  const v5 = v.description;
  if (v5 !== undefined) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.failure_balance_transaction;
  if (v6 !== undefined) {
    if (typeof v6 === "string") {
      if (v6.length > 5000 && tooLong(v6, 5000)) return false;
    } else if (isObject(v6)) {
      if (!testBalanceTransaction(v6, c)) return false;
    } else {
      return false;
    }
  }
  const v7 = v.failure_reason;
  if (v7 !== undefined) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.id;
  if (typeof v8 !== "string") return false;
  if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  const v9 = v.instructions_email;
  if (v9 !== undefined) {
    if (typeof v9 !== "string") return false;
    if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  }
  const v10 = v.metadata;
  if (v10 !== undefined && v10 !== null) {
    if (!isObject(v10)) return false;
    for (const k2 of Object.keys(v10)) {
      const v11 = entry(v10, k2);
      if (typeof v11 !== "string") return false;
      if (v11.length > 500 && tooLong(v11, 500)) return false;
    }
  }
  const v12 = v.next_action;
  if (v12 !== undefined) {
    if (!testRefundNextAction(v12, c)) return false;
  }
  const v13 = v.object;
  if (v13 !== "refund") return false;
  const v14 = v.payment_intent;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 === "string") {
      if (v14.length > 5000 && tooLong(v14, 5000)) return false;
    } else if (isObject(v14)) {
      if (!testPaymentIntent(v14, c)) return false;
    } else {
      return false;
    }
  }
  const v15 = v.reason;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 !== "string") return false;
  }
  const v16 = v.receipt_number;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "string") return false;
    if (v16.length > 5000 && tooLong(v16, 5000)) return false;
  }
  const v17 = v.source_transfer_reversal;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 === "string") {
      if (v17.length > 5000 && tooLong(v17, 5000)) return false;
    } else if (isObject(v17)) {
      if (!testTransferReversal(v17, c)) return false;
    } else {
      return false;
    }
  }
  const v18 = v.status;
  if (v18 !== undefined && v18 !== null) {
    if (typeof v18 !== "string") return false;
    if (v18.length > 5000 && tooLong(v18, 5000)) return false;
  }
  const v19 = v.transfer_reversal;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 === "string") {
      if (v19.length > 5000 && tooLong(v19, 5000)) return false;
    } else if (isObject(v19)) {
      if (!testTransferReversal(v19, c)) return false;
    } else {
      return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    balance_transaction: opt(nul(union(str(), ref(BalanceTransaction)))),
    charge: opt(nul(union(str(), ref(Charge)))),
    created: req(int("unix-time")),
    currency: req(str()),
    description: opt(str()),
    failure_balance_transaction: opt(union(str(), ref(BalanceTransaction))),
    failure_reason: opt(str()),
    id: req(str()),
    instructions_email: opt(str()),
    metadata: opt(nul(obj({}, str()))),
    next_action: opt(ref(RefundNextAction)),
    object: req(oneOf(e0)),
    payment_intent: opt(nul(union(str(), ref(PaymentIntent)))),
    reason: opt(nul(oneOf(e1, true))),
    receipt_number: opt(nul(str())),
    source_transfer_reversal: opt(nul(union(str(), ref(TransferReversal)))),
    status: opt(nul(str())),
    transfer_reversal: opt(nul(union(str(), ref(TransferReversal)))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "refund",
  branch: "refund",
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
  schema as Refund,
  validateInput as validateRefund,
  isValid as isRefund,
  check as checkRefund,
  test as testRefund,
};
