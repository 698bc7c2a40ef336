import {
  branchTests,
  branches,
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
  BalanceTransaction,
  checkBalanceTransaction,
  testBalanceTransaction,
} from "./balance_transaction.js";
import {
  BankAccount,
  checkBankAccount,
  testBankAccount,
} from "./bank_account.js";
import { Card, checkCard, testCard } from "./card.js";
import {
  DeletedBankAccount,
  checkDeletedBankAccount,
  testDeletedBankAccount,
} from "./deleted_bank_account.js";
import {
  DeletedCard,
  checkDeletedCard,
  testDeletedCard,
} from "./deleted_card.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["bank_account", checkBankAccount, "bank_account"],
  ["card", checkCard, "card"],
  ["deleted_bank_account", checkDeletedBankAccount, "bank_account#deleted"],
  ["deleted_card", checkDeletedCard, "card#deleted"],
]);
const e0 = /* @__PURE__ */ set(["payout"]);
const e1 = /* @__PURE__ */ set(["completed", "in_progress", "not_applicable"]);
const k1 = /* @__PURE__ */ set([
  "amount",
  "arrival_date",
  "automatic",
  "balance_transaction",
  "created",
  "currency",
  "description",
  "destination",
  "failure_balance_transaction",
  "failure_code",
  "failure_message",
  "id",
  "livemode",
  "metadata",
  "method",
  "object",
  "original_payout",
  "reconciliation_status",
  "reversed_by",
  "source_type",
  "statement_descriptor",
  "status",
  "type",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testBankAccount, "bank_account"],
  [testCard, "card"],
  [testDeletedBankAccount, "bank_account#deleted"],
  [testDeletedCard, "card#deleted"],
]);
const e2 = /* @__PURE__ */ set(["bank_account", "card"]);

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
  const v1 = v.arrival_date;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["arrival_date"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["arrival_date"], "integer", v1);
    }
  }
  const v2 = v.automatic;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["automatic"], v2, ok);
  } else {
    if (typeof v2 !== "boolean") {
      ok = wrongType(c, ["automatic"], "boolean", v2);
    }
  }
  const v3 = v.balance_transaction;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) {
        ok = longFail(c, ["balance_transaction"], 5000, v3);
      }
    } else if (isObject(v3)) {
      ok = into(c, checkBalanceTransaction, v3, ok, "balance_transaction");
    } else {
      ok = wrongType(c, ["balance_transaction"], "string | object", v3);
    }
  }
  const v4 = v.created;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["created"], v4, ok);
  } else {
    if (!isInt(v4)) {
      ok = wrongType(c, ["created"], "integer", v4);
    }
  }
  const v5 = v.currency;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["currency"], v5, ok);
  } else {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["currency"], "string", v5);
    }
  }
  const v6 = v.description;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["description"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["description"], 5000, v6);
    }
  }
  const v7 = v.destination;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 === "string") {
      if (v7.length > 5000 && tooLong(v7, 5000)) {
        ok = longFail(c, ["destination"], 5000, v7);
      }
    } else if (isObject(v7)) {
      ok = into(c, d0, v7, ok, "destination");
    } else {
      ok = wrongType(c, ["destination"], "string | object", v7);
    }
  }
  const v8 = v.failure_balance_transaction;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 === "string") {
      if (v8.length > 5000 && tooLong(v8, 5000)) {
        ok = longFail(c, ["failure_balance_transaction"], 5000, v8);
      }
    } else if (isObject(v8)) {
      ok = into(
        c,
        checkBalanceTransaction,
        v8,
        ok,
        "failure_balance_transaction",
      );
    } else {
      ok = wrongType(c, ["failure_balance_transaction"], "string | object", v8);
    }
  }
  const v9 = v.failure_code;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["failure_code"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["failure_code"], 5000, v9);
    }
  }
  const v10 = v.failure_message;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "string") {
      ok = wrongType(c, ["failure_message"], "string", v10);
    } else if (v10.length > 5000 && tooLong(v10, 5000)) {
      ok = longFail(c, ["failure_message"], 5000, v10);
    }
  }
  const v11 = v.id;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["id"], v11, ok);
  } else {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["id"], "string", v11);
    } else if (v11.length > 5000 && tooLong(v11, 5000)) {
      ok = longFail(c, ["id"], 5000, v11);
    }
  }
  const v12 = v.livemode;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["livemode"], v12, ok);
  } else {
    if (typeof v12 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v12);
    }
  }
  const v13 = v.metadata;
  if (v13 !== undefined && v13 !== null) {
    if (!isObject(v13)) {
      ok = wrongType(c, ["metadata"], "object", v13);
    } else {
      for (const k0 of Object.keys(v13)) {
        const v14 = entry(v13, k0);
        if (typeof v14 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v14);
        } else if (v14.length > 500 && tooLong(v14, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v14);
        }
      }
    }
  }
  const v15 = v.method;
  if (v15 === undefined || v15 === null) {
    ok = missing(c, ["method"], v15, ok);
  } else {
    if (typeof v15 !== "string") {
      ok = wrongType(c, ["method"], "string", v15);
    } else if (v15.length > 5000 && tooLong(v15, 5000)) {
      ok = longFail(c, ["method"], 5000, v15);
    }
  }
  const v16 = v.object;
  if (v16 === undefined || v16 === null) {
    ok = missing(c, ["object"], v16, ok);
  } else {
    if (!e0.has(v16)) {
      ok = notInEnum(c, ["object"], e0, v16, ok);
    }
  }
  const v17 = v.original_payout;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 === "string") {
      if (v17.length > 5000 && tooLong(v17, 5000)) {
        ok = longFail(c, ["original_payout"], 5000, v17);
      }
    } else if (isObject(v17)) {
      ok = into(c, check, v17, ok, "original_payout");
    } else {
      ok = wrongType(c, ["original_payout"], "string | object", v17);
    }
  }
  const v18 = v.reconciliation_status;
  if (v18 === undefined || v18 === null) {
    ok = missing(c, ["reconciliation_status"], v18, ok);
  } else {
    if (!e1.has(v18)) {
      ok = notInEnum(c, ["reconciliation_status"], e1, v18, ok);
    }
  }
  const v19 = v.reversed_by;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 === "string") {
      if (v19.length > 5000 && tooLong(v19, 5000)) {
        ok = longFail(c, ["reversed_by"], 5000, v19);
      }
    } else if (isObject(v19)) {
      ok = into(c, check, v19, ok, "reversed_by");
    } else {
      ok = wrongType(c, ["reversed_by"], "string | object", v19);
    }
  }
  const v20 = v.source_type;
  if (v20 === undefined || v20 === null) {
    ok = missing(c, ["source_type"], v20, ok);
  } else {
    if (typeof v20 !== "string") {
      ok = wrongType(c, ["source_type"], "string", v20);
    } else if (v20.length > 5000 && tooLong(v20, 5000)) {
      ok = longFail(c, ["source_type"], 5000, v20);
    }
  }
  const v21 = v.statement_descriptor;
  if (v21 !== undefined && v21 !== null) {
    if (typeof v21 !== "string") {
      ok = wrongType(c, ["statement_descriptor"], "string", v21);
    } else if (v21.length > 5000 && tooLong(v21, 5000)) {
      ok = longFail(c, ["statement_descriptor"], 5000, v21);
    }
  }
  const v22 = v.status;
  if (v22 === undefined || v22 === null) {
    ok = missing(c, ["status"], v22, ok);
  } else {
    if (typeof v22 !== "string") {
      ok = wrongType(c, ["status"], "string", v22);
    } else if (v22.length > 5000 && tooLong(v22, 5000)) {
      ok = longFail(c, ["status"], 5000, v22);
    }
  }
  const v23 = v.type;
  if (v23 === undefined || v23 === null) {
    ok = missing(c, ["type"], v23, ok);
  } else {
    if (typeof v23 !== "string") {
      ok = wrongType(c, ["type"], "string", v23);
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
  const v1 = v.arrival_date;
  if (!isInt(v1)) return false;
  const v2 = v.automatic;
  if (typeof v2 !== "boolean") return false;
  const v3 = v.balance_transaction;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) return false;
    } else if (isObject(v3)) {
      if (!testBalanceTransaction(v3, c)) return false;
    } else {
      return false;
    }
  }
  const v4 = v.created;
  if (!isInt(v4)) return false;
  const v5 = v.currency;
  if (typeof v5 !== "string") return false;
  const v6 = v.description;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.destination;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 === "string") {
      if (v7.length > 5000 && tooLong(v7, 5000)) return false;
    } else if (isObject(v7)) {
      if (!d1(v7, c)) return false;
    } else {
      return false;
    }
  }
  const v8 = v.failure_balance_transaction;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 === "string") {
      if (v8.length > 5000 && tooLong(v8, 5000)) return false;
    } else if (isObject(v8)) {
      if (!testBalanceTransaction(v8, c)) return false;
    } else {
      return false;
    }
  }
  const v9 = v.failure_code;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") return false;
    if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  }
  const v10 = v.failure_message;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "string") return false;
    if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  }
  const v11 = v.id;
  if (typeof v11 !== "string") return false;
  if (v11.length > 5000 && tooLong(v11, 5000)) return false;
  const v12 = v.livemode;
  if (typeof v12 !== "boolean") return false;
  const v13 = v.metadata;
  if (v13 !== undefined && v13 !== null) {
    if (!isObject(v13)) return false;
    for (const k2 of Object.keys(v13)) {
      const v14 = entry(v13, k2);
      if (typeof v14 !== "string") return false;
      if (v14.length > 500 && tooLong(v14, 500)) return false;
    }
  }
  const v15 = v.method;
  if (typeof v15 !== "string") return false;
  if (v15.length > 5000 && tooLong(v15, 5000)) return false;
  const v16 = v.object;
  if (v16 !== "payout") return false;
  const v17 = v.original_payout;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 === "string") {
      if (v17.length > 5000 && tooLong(v17, 5000)) return false;
    } else if (isObject(v17)) {
      if (!test(v17, c)) return false;
    } else {
      return false;
    }
  }
  const v18 = v.reconciliation_status;
  if (!e1.has(v18)) return false;
  const v19 = v.reversed_by;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 === "string") {
      if (v19.length > 5000 && tooLong(v19, 5000)) return false;
    } else if (isObject(v19)) {
      if (!test(v19, c)) return false;
    } else {
      return false;
    }
  }
  const v20 = v.source_type;
  if (typeof v20 !== "string") return false;
  if (v20.length > 5000 && tooLong(v20, 5000)) return false;
  const v21 = v.statement_descriptor;
  if (v21 !== undefined && v21 !== null) {
    if (typeof v21 !== "string") return false;
    if (v21.length > 5000 && tooLong(v21, 5000)) return false;
  }
  const v22 = v.status;
  if (typeof v22 !== "string") return false;
  if (v22.length > 5000 && tooLong(v22, 5000)) return false;
  const v23 = v.type;
  if (typeof v23 !== "string") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    arrival_date: req(int("unix-time")),
    automatic: req(bool()),
    balance_transaction: opt(nul(union(str(), ref(BalanceTransaction)))),
    created: req(int("unix-time")),
    currency: req(str()),
    description: opt(nul(str())),
    destination: opt(
      nul(
        union(
          str(),
          ref(BankAccount),
          ref(Card),
          ref(DeletedBankAccount),
          ref(DeletedCard),
        ),
      ),
    ),
    failure_balance_transaction: opt(
      nul(union(str(), ref(BalanceTransaction))),
    ),
    failure_code: opt(nul(str())),
    failure_message: opt(nul(str())),
    id: req(str()),
    livemode: req(bool()),
    metadata: opt(nul(obj({}, str()))),
    method: req(str()),
    object: req(oneOf(e0)),
    original_payout: opt(nul(union(str(), ref(schema)))),
    reconciliation_status: req(oneOf(e1)),
    reversed_by: opt(nul(union(str(), ref(schema)))),
    source_type: req(str()),
    statement_descriptor: opt(nul(str())),
    status: req(str()),
    type: req(oneOf(e2, true)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payout",
  branch: "payout",
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
  schema as Payout,
  validateInput as validatePayout,
  isValid as isPayout,
  check as checkPayout,
  test as testPayout,
};
