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
import {
  TreasuryTransaction,
  checkTreasuryTransaction,
  testTreasuryTransaction,
} from "./treasury.transaction.js";
import {
  TreasuryReceivedDebitsResourceDebitReversalLinkedFlows,
  checkTreasuryReceivedDebitsResourceDebitReversalLinkedFlows,
  testTreasuryReceivedDebitsResourceDebitReversalLinkedFlows,
} from "./treasury_received_debits_resource_debit_reversal_linked_flows.js";
import {
  TreasuryReceivedDebitsResourceStatusTransitions,
  checkTreasuryReceivedDebitsResourceStatusTransitions,
  testTreasuryReceivedDebitsResourceStatusTransitions,
} from "./treasury_received_debits_resource_status_transitions.js";

const e0 = /* @__PURE__ */ set(["ach", "card"]);
const e1 = /* @__PURE__ */ set(["treasury.debit_reversal"]);
const e2 = /* @__PURE__ */ set(["failed", "processing", "succeeded"]);
const k1 = /* @__PURE__ */ set([
  "amount",
  "created",
  "currency",
  "financial_account",
  "hosted_regulatory_receipt_url",
  "id",
  "linked_flows",
  "livemode",
  "metadata",
  "network",
  "object",
  "received_debit",
  "status",
  "status_transitions",
  "transaction",
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
  const v2 = v.currency;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["currency"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["currency"], "string", v2);
    }
  }
  const v3 = v.financial_account;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["financial_account"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["financial_account"], 5000, v3);
    }
  }
  const v4 = v.hosted_regulatory_receipt_url;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["hosted_regulatory_receipt_url"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["hosted_regulatory_receipt_url"], 5000, v4);
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
  const v6 = v.linked_flows;
  if (v6 !== undefined && v6 !== null) {
    ok = into(
      c,
      checkTreasuryReceivedDebitsResourceDebitReversalLinkedFlows,
      v6,
      ok,
      "linked_flows",
    );
  }
  const v7 = v.livemode;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["livemode"], v7, ok);
  } else {
    if (typeof v7 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v7);
    }
  }
  const v8 = v.metadata;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["metadata"], v8, ok);
  } else {
    if (!isObject(v8)) {
      ok = wrongType(c, ["metadata"], "object", v8);
    } else {
      for (const k0 of Object.keys(v8)) {
        const v9 = entry(v8, k0);
        if (typeof v9 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v9);
        } else if (v9.length > 500 && tooLong(v9, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v9);
        }
      }
    }
  }
  const v10 = v.network;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["network"], v10, ok);
  } else {
    if (!e0.has(v10)) {
      ok = notInEnum(c, ["network"], e0, v10, ok);
    }
  }
  const v11 = v.object;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["object"], v11, ok);
  } else {
    if (!e1.has(v11)) {
      ok = notInEnum(c, ["object"], e1, v11, ok);
    }
  }
  const v12 = v.received_debit;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["received_debit"], v12, ok);
  } else {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["received_debit"], "string", v12);
    } else if (v12.length > 5000 && tooLong(v12, 5000)) {
      ok = longFail(c, ["received_debit"], 5000, v12);
    }
  }
  const v13 = v.status;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["status"], v13, ok);
  } else {
    if (!e2.has(v13)) {
      ok = notInEnum(c, ["status"], e2, v13, ok);
    }
  }
  const v14 = v.status_transitions;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["status_transitions"], v14, ok);
  } else {
    ok = into(
      c,
      checkTreasuryReceivedDebitsResourceStatusTransitions,
      v14,
      ok,
      "status_transitions",
    );
  }
  const v15 = v.transaction;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 === "string") {
      if (v15.length > 5000 && tooLong(v15, 5000)) {
        ok = longFail(c, ["transaction"], 5000, v15);
      }
    } else if (isObject(v15)) {
      ok = into(c, checkTreasuryTransaction, v15, ok, "transaction");
    } else {
      ok = wrongType(c, ["transaction"], "string | object", v15);
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
  const v2 = v.currency;
  if (typeof v2 !== "string") return false;
  const v3 = v.financial_account;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.hosted_regulatory_receipt_url;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.id;
  if (typeof v5 !== "string") return false;
  if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  const v6 = v.linked_flows;
  if (v6 !== undefined && v6 !== null) {
    if (!testTreasuryReceivedDebitsResourceDebitReversalLinkedFlows(v6, c))
      return false;
  }
  const v7 = v.livemode;
  if (typeof v7 !== "boolean") return false;
  const v8 = v.metadata;
  if (!isObject(v8)) return false;
  for (const k2 of Object.keys(v8)) {
    const v9 = entry(v8, k2);
    if (typeof v9 !== "string") return false;
    if (v9.length > 500 && tooLong(v9, 500)) return false;
  }
  const v10 = v.network;
  if (!e0.has(v10)) return false;
  const v11 = v.object;
  if (v11 !== "treasury.debit_reversal") return false;
  const v12 = v.received_debit;
  if (typeof v12 !== "string") return false;
  if (v12.length > 5000 && tooLong(v12, 5000)) return false;
  const v13 = v.status;
  if (!e2.has(v13)) return false;
  const v14 = v.status_transitions;
  if (!testTreasuryReceivedDebitsResourceStatusTransitions(v14, c))
    return false;
  const v15 = v.transaction;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 === "string") {
      if (v15.length > 5000 && tooLong(v15, 5000)) return false;
    } else if (isObject(v15)) {
      if (!testTreasuryTransaction(v15, c)) return false;
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
    created: req(int("unix-time")),
    currency: req(str()),
    financial_account: opt(nul(str())),
    hosted_regulatory_receipt_url: opt(nul(str())),
    id: req(str()),
    linked_flows: opt(
      nul(ref(TreasuryReceivedDebitsResourceDebitReversalLinkedFlows)),
    ),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    network: req(oneOf(e0)),
    object: req(oneOf(e1)),
    received_debit: req(str()),
    status: req(oneOf(e2)),
    status_transitions: req(
      ref(TreasuryReceivedDebitsResourceStatusTransitions),
    ),
    transaction: opt(nul(union(str(), ref(TreasuryTransaction)))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury.debit_reversal",
  branch: "treasury.debit_reversal",
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
  schema as TreasuryDebitReversal,
  validateInput as validateTreasuryDebitReversal,
  isValid as isTreasuryDebitReversal,
  check as checkTreasuryDebitReversal,
  test as testTreasuryDebitReversal,
};
