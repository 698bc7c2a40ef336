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
  TreasuryTransactionEntry,
  checkTreasuryTransactionEntry,
  testTreasuryTransactionEntry,
} from "./treasury.transaction_entry.js";
import {
  TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions,
  checkTreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions,
  testTreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions,
} from "./treasury_transactions_resource_abstract_transaction_resource_status_transitions.js";
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

const e0 = /* @__PURE__ */ set(["list"]);
const s0 = "^/v1/treasury/transaction_entries";
const p0 = /* @__PURE__ */ regex(s0);
const k0 = /* @__PURE__ */ set(["data", "has_more", "object", "url"]);
const e1 = /* @__PURE__ */ set([
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
const e2 = /* @__PURE__ */ set(["treasury.transaction"]);
const e3 = /* @__PURE__ */ set(["open", "posted", "void"]);
const k1 = /* @__PURE__ */ set([
  "amount",
  "balance_impact",
  "created",
  "currency",
  "description",
  "entries",
  "financial_account",
  "flow",
  "flow_details",
  "flow_type",
  "id",
  "livemode",
  "object",
  "status",
  "status_transitions",
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
  const v1 = v.balance_impact;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["balance_impact"], v1, ok);
  } else {
    ok = into(
      c,
      checkTreasuryTransactionsResourceBalanceImpact,
      v1,
      ok,
      "balance_impact",
    );
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
  const v4 = v.description;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["description"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["description"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["description"], 5000, v4);
    }
  }
  const v5 = v.entries;
  if (v5 !== undefined && v5 !== null) {
    if (!isObject(v5)) {
      ok = wrongType(c, ["entries"], "object", v5);
    } else {
      const v6 = v5.data;
      if (v6 === undefined || v6 === null) {
        ok = missing(c, ["entries", "data"], v6, ok);
      } else {
        if (!isArray(v6)) {
          ok = wrongType(c, ["entries", "data"], "array", v6);
        } else {
          for (let i0 = 0; i0 < v6.length; i0++) {
            const v7 = v6[i0];
            ok = into(
              c,
              checkTreasuryTransactionEntry,
              v7,
              ok,
              "entries",
              "data",
              i0,
            );
            if (!ok && full(c)) break;
          }
        }
      }
      const v8 = v5.has_more;
      if (v8 === undefined || v8 === null) {
        ok = missing(c, ["entries", "has_more"], v8, ok);
      } else {
        if (typeof v8 !== "boolean") {
          ok = wrongType(c, ["entries", "has_more"], "boolean", v8);
        }
      }
      const v9 = v5.object;
      if (v9 === undefined || v9 === null) {
        ok = missing(c, ["entries", "object"], v9, ok);
      } else {
        if (!e0.has(v9)) {
          ok = notInEnum(c, ["entries", "object"], e0, v9, ok);
        }
      }
      const v10 = v5.url;
      if (v10 === undefined || v10 === null) {
        ok = missing(c, ["entries", "url"], v10, ok);
      } else {
        if (typeof v10 !== "string") {
          ok = wrongType(c, ["entries", "url"], "string", v10);
        } else if (v10.length > 5000 && tooLong(v10, 5000)) {
          ok = longFail(c, ["entries", "url"], 5000, v10);
        } else if (!p0.test(v10)) {
          ok = fail(c, "pattern", ["entries", "url"], s0, v10);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["entries"], v5, k0, ok);
      }
    }
  }
  const v11 = v.financial_account;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["financial_account"], v11, ok);
  } else {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["financial_account"], "string", v11);
    } else if (v11.length > 5000 && tooLong(v11, 5000)) {
      ok = longFail(c, ["financial_account"], 5000, v11);
    }
  }
  const v12 = v.flow;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["flow"], "string", v12);
    } else if (v12.length > 5000 && tooLong(v12, 5000)) {
      ok = longFail(c, ["flow"], 5000, v12);
    }
  }
  const v13 = v.flow_details;
  if (v13 !== undefined && v13 !== null) {
    ok = into(
      c,
      checkTreasuryTransactionsResourceFlowDetails,
      v13,
      ok,
      "flow_details",
    );
  }
  const v14 = v.flow_type;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["flow_type"], v14, ok);
  } else {
    if (!e1.has(v14)) {
      ok = notInEnum(c, ["flow_type"], e1, v14, ok);
    }
  }
  const v15 = v.id;
  if (v15 === undefined || v15 === null) {
    ok = missing(c, ["id"], v15, ok);
  } else {
    if (typeof v15 !== "string") {
      ok = wrongType(c, ["id"], "string", v15);
    } else if (v15.length > 5000 && tooLong(v15, 5000)) {
      ok = longFail(c, ["id"], 5000, v15);
    }
  }
  const v16 = v.livemode;
  if (v16 === undefined || v16 === null) {
    ok = missing(c, ["livemode"], v16, ok);
  } else {
    if (typeof v16 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v16);
    }
  }
  const v17 = v.object;
  if (v17 === undefined || v17 === null) {
    ok = missing(c, ["object"], v17, ok);
  } else {
    if (!e2.has(v17)) {
      ok = notInEnum(c, ["object"], e2, v17, ok);
    }
  }
  const v18 = v.status;
  if (v18 === undefined || v18 === null) {
    ok = missing(c, ["status"], v18, ok);
  } else {
    if (!e3.has(v18)) {
      ok = notInEnum(c, ["status"], e3, v18, ok);
    }
  }
  const v19 = v.status_transitions;
  if (v19 === undefined || v19 === null) {
    ok = missing(c, ["status_transitions"], v19, ok);
  } else {
    ok = into(
      c,
      checkTreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions,
      v19,
      ok,
      "status_transitions",
    );
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
  const v1 = v.balance_impact;
  if (!testTreasuryTransactionsResourceBalanceImpact(v1, c)) return false;
  const v2 = v.created;
  if (!isInt(v2)) return false;
  const v3 = v.currency;
  if (typeof v3 !== "string") return false;
  const v4 = v.description;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.entries;
  if (v5 !== undefined && v5 !== null) {
    if (!isObject(v5)) return false;
    const v6 = v5.data;
    if (!isArray(v6)) return false;
    for (let i0 = 0; i0 < v6.length; i0++) {
      const v7 = v6[i0];
      if (!testTreasuryTransactionEntry(v7, c)) return false;
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
  const v11 = v.financial_account;
  if (typeof v11 !== "string") return false;
  if (v11.length > 5000 && tooLong(v11, 5000)) return false;
  const v12 = v.flow;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") return false;
    if (v12.length > 5000 && tooLong(v12, 5000)) return false;
  }
  const v13 = v.flow_details;
  if (v13 !== undefined && v13 !== null) {
    if (!testTreasuryTransactionsResourceFlowDetails(v13, c)) return false;
  }
  const v14 = v.flow_type;
  if (!e1.has(v14)) return false;
  const v15 = v.id;
  if (typeof v15 !== "string") return false;
  if (v15.length > 5000 && tooLong(v15, 5000)) return false;
  const v16 = v.livemode;
  if (typeof v16 !== "boolean") return false;
  const v17 = v.object;
  if (v17 !== "treasury.transaction") return false;
  const v18 = v.status;
  if (!e3.has(v18)) return false;
  const v19 = v.status_transitions;
  if (
    !testTreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions(
      v19,
      c,
    )
  )
    return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    balance_impact: req(ref(TreasuryTransactionsResourceBalanceImpact)),
    created: req(int("unix-time")),
    currency: req(str()),
    description: req(str()),
    entries: opt(
      nul(
        obj({
          data: req(list(ref(TreasuryTransactionEntry))),
          has_more: req(bool()),
          object: req(oneOf(e0)),
          url: req(str()),
        }),
      ),
    ),
    financial_account: req(str()),
    flow: opt(nul(str())),
    flow_details: opt(nul(ref(TreasuryTransactionsResourceFlowDetails))),
    flow_type: req(oneOf(e1)),
    id: req(str()),
    livemode: req(bool()),
    object: req(oneOf(e2)),
    status: req(oneOf(e3)),
    status_transitions: req(
      ref(
        TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions,
      ),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury.transaction",
  branch: "treasury.transaction",
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
  schema as TreasuryTransaction,
  validateInput as validateTreasuryTransaction,
  isValid as isTreasuryTransaction,
  check as checkTreasuryTransaction,
  test as testTreasuryTransaction,
};
