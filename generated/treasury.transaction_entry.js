import {
  deeper,
  enter,
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
import {
  TreasuryTransaction,
  checkTreasuryTransaction,
  testTreasuryTransaction,
} from "./treasury.transaction.js";
import {
  TreasuryTransactionsResourceBalanceImpact,
  checkTreasuryTransactionsResourceBalanceImpact,
  testTreasuryTransactionsResourceBalanceImpact,
} from "./treasury_transactions_resource_balance_impact.js";
import {
  TreasuryTransactionsResourceFlowDetails,
  checkTreasuryTransactionsResourceFlowDetails,
  testTreasuryTransactionsResourceFlowDetails,
} from "./treasury_transactions_resource_flow_details.js";

const e0 = /* @__PURE__ */ set([
  "credit_reversal",
  "debit_reversal",
  "inbound_transfer",
  "issuing_authorization",
  "other",
  "outbound_payment",
  "outbound_transfer",
  "received_credit",
  "received_debit",
]);
const e1 = /* @__PURE__ */ set(["treasury.transaction_entry"]);
const e2 = /* @__PURE__ */ set([
  "credit_reversal",
  "credit_reversal_posting",
  "debit_reversal",
  "inbound_transfer",
  "inbound_transfer_return",
  "issuing_authorization_hold",
  "issuing_authorization_release",
  "other",
  "outbound_payment",
  "outbound_payment_cancellation",
  "outbound_payment_failure",
  "outbound_payment_posting",
  "outbound_payment_return",
  "outbound_transfer",
  "outbound_transfer_cancellation",
  "outbound_transfer_failure",
  "outbound_transfer_posting",
  "outbound_transfer_return",
  "received_credit",
  "received_debit",
]);
const k0 = /* @__PURE__ */ set([
  "balance_impact",
  "created",
  "currency",
  "effective_at",
  "financial_account",
  "flow",
  "flow_details",
  "flow_type",
  "id",
  "livemode",
  "object",
  "transaction",
  "type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.balance_impact;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["balance_impact"], v0, ok);
  } else {
    ok = into(
      c,
      checkTreasuryTransactionsResourceBalanceImpact,
      v0,
      ok,
      "balance_impact",
    );
  }
  const v1 = v.created;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["created"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["created"], "integer", v1);
    }
  }
  const v2 = v.currency;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["currency"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["currency"], "string", v2);
    }
  }
  const v3 = v.effective_at;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["effective_at"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["effective_at"], "integer", v3);
    }
  }
  const v4 = v.financial_account;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["financial_account"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["financial_account"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["financial_account"], 5000, v4);
    }
  }
  const v5 = v.flow;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["flow"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["flow"], 5000, v5);
    }
  }
  const v6 = v.flow_details;
  if (v6 !== undefined && v6 !== null) {
    ok = into(
      c,
      checkTreasuryTransactionsResourceFlowDetails,
      v6,
      ok,
      "flow_details",
    );
  }
  const v7 = v.flow_type;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["flow_type"], v7, ok);
  } else {
    if (!e0.has(v7)) {
      ok = notInEnum(c, ["flow_type"], e0, v7, ok);
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
  const v9 = v.livemode;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["livemode"], v9, ok);
  } else {
    if (typeof v9 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v9);
    }
  }
  const v10 = v.object;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["object"], v10, ok);
  } else {
    if (!e1.has(v10)) {
      ok = notInEnum(c, ["object"], e1, v10, ok);
    }
  }
  const v11 = v.transaction;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["transaction"], v11, ok);
  } else {
    if (typeof v11 === "string") {
      if (v11.length > 5000 && tooLong(v11, 5000)) {
        ok = longFail(c, ["transaction"], 5000, v11);
      }
    } else if (isObject(v11)) {
      ok = into(c, checkTreasuryTransaction, v11, ok, "transaction");
    } else {
      ok = wrongType(c, ["transaction"], "string | object", v11);
    }
  }
  const v12 = v.type;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["type"], v12, ok);
  } else {
    if (!e2.has(v12)) {
      ok = notInEnum(c, ["type"], e2, v12, ok);
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
  const v0 = v.balance_impact;
  if (!testTreasuryTransactionsResourceBalanceImpact(v0, c)) return false;
  const v1 = v.created;
  if (!isInt(v1)) return false;
  const v2 = v.currency;
  if (typeof v2 !== "string") return false;
  const v3 = v.effective_at;
  if (!isInt(v3)) return false;
  const v4 = v.financial_account;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.flow;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.flow_details;
  if (v6 !== undefined && v6 !== null) {
    if (!testTreasuryTransactionsResourceFlowDetails(v6, c)) return false;
  }
  const v7 = v.flow_type;
  if (!e0.has(v7)) return false;
  const v8 = v.id;
  if (typeof v8 !== "string") return false;
  if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  const v9 = v.livemode;
  if (typeof v9 !== "boolean") return false;
  const v10 = v.object;
  if (v10 !== "treasury.transaction_entry") return false;
  const v11 = v.transaction;
  if (v11 === undefined || v11 === null) return false;
  if (typeof v11 === "string") {
    if (v11.length > 5000 && tooLong(v11, 5000)) return false;
  } else if (isObject(v11)) {
    if (!testTreasuryTransaction(v11, c)) return false;
  } else {
    return false;
  }
  const v12 = v.type;
  if (!e2.has(v12)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    balance_impact: req(ref(TreasuryTransactionsResourceBalanceImpact)),
    created: req(int("unix-time")),
    currency: req(str()),
    effective_at: req(int("unix-time")),
    financial_account: req(str()),
    flow: opt(nul(str())),
    flow_details: opt(nul(ref(TreasuryTransactionsResourceFlowDetails))),
    flow_type: req(oneOf(e0)),
    id: req(str()),
    livemode: req(bool()),
    object: req(oneOf(e1)),
    transaction: req(union(str(), ref(TreasuryTransaction))),
    type: req(oneOf(e2)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury.transaction_entry",
  branch: "treasury.transaction_entry",
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
  schema as TreasuryTransactionEntry,
  validateInput as validateTreasuryTransactionEntry,
  isValid as isTreasuryTransactionEntry,
  check as checkTreasuryTransactionEntry,
  test as testTreasuryTransactionEntry,
};
