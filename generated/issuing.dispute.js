import {
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
  BalanceTransaction,
  checkBalanceTransaction,
  testBalanceTransaction,
} from "./balance_transaction.js";
import {
  IssuingTransaction,
  checkIssuingTransaction,
  testIssuingTransaction,
} from "./issuing.transaction.js";
import {
  IssuingDisputeEvidence,
  checkIssuingDisputeEvidence,
  testIssuingDisputeEvidence,
} from "./issuing_dispute_evidence.js";
import {
  IssuingDisputeTreasury,
  checkIssuingDisputeTreasury,
  testIssuingDisputeTreasury,
} from "./issuing_dispute_treasury.js";

const e0 = /* @__PURE__ */ set(["issuing.dispute"]);
const e1 = /* @__PURE__ */ set([
  "expired",
  "lost",
  "submitted",
  "unsubmitted",
  "won",
]);
const k1 = /* @__PURE__ */ set([
  "amount",
  "balance_transactions",
  "created",
  "currency",
  "evidence",
  "id",
  "livemode",
  "metadata",
  "object",
  "status",
  "transaction",
  "treasury",
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
  const v1 = v.balance_transactions;
  if (v1 !== undefined && v1 !== null) {
    if (!isArray(v1)) {
      ok = wrongType(c, ["balance_transactions"], "array", v1);
    } else {
      for (let i0 = 0; i0 < v1.length; i0++) {
        const v2 = v1[i0];
        ok = into(
          c,
          checkBalanceTransaction,
          v2,
          ok,
          "balance_transactions",
          i0,
        );
        if (!ok && full(c)) break;
      }
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
  const v5 = v.evidence;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["evidence"], v5, ok);
  } else {
    ok = into(c, checkIssuingDisputeEvidence, v5, ok, "evidence");
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
  const v10 = v.object;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["object"], v10, ok);
  } else {
    if (!e0.has(v10)) {
      ok = notInEnum(c, ["object"], e0, v10, ok);
    }
  }
  const v11 = v.status;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["status"], v11, ok);
  } else {
    if (!e1.has(v11)) {
      ok = notInEnum(c, ["status"], e1, v11, ok);
    }
  }
  const v12 = v.transaction;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["transaction"], v12, ok);
  } else {
    if (typeof v12 === "string") {
      if (v12.length > 5000 && tooLong(v12, 5000)) {
        ok = longFail(c, ["transaction"], 5000, v12);
      }
    } else if (isObject(v12)) {
      ok = into(c, checkIssuingTransaction, v12, ok, "transaction");
    } else {
      ok = wrongType(c, ["transaction"], "string | object", v12);
    }
  }
  const v13 = v.treasury;
  if (v13 !== undefined && v13 !== null) {
    ok = into(c, checkIssuingDisputeTreasury, v13, ok, "treasury");
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
  const v1 = v.balance_transactions;
  if (v1 !== undefined && v1 !== null) {
    if (!isArray(v1)) return false;
    for (let i0 = 0; i0 < v1.length; i0++) {
      const v2 = v1[i0];
      if (!testBalanceTransaction(v2, c)) return false;
    }
  }
  const v3 = v.created;
  if (!isInt(v3)) return false;
  const v4 = v.currency;
  if (typeof v4 !== "string") return false;
  const v5 = v.evidence;
  if (!testIssuingDisputeEvidence(v5, c)) return false;
  const v6 = v.id;
  if (typeof v6 !== "string") return false;
  if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  const v7 = v.livemode;
  if (typeof v7 !== "boolean") return false;
  const v8 = v.metadata;
  if (!isObject(v8)) return false;
  for (const k2 of Object.keys(v8)) {
    const v9 = entry(v8, k2);
    if (typeof v9 !== "string") return false;
    if (v9.length > 500 && tooLong(v9, 500)) return false;
  }
  const v10 = v.object;
  if (v10 !== "issuing.dispute") return false;
  const v11 = v.status;
  if (!e1.has(v11)) return false;
  const v12 = v.transaction;
  if (v12 === undefined || v12 === null) return false;
  if (typeof v12 === "string") {
    if (v12.length > 5000 && tooLong(v12, 5000)) return false;
  } else if (isObject(v12)) {
    if (!testIssuingTransaction(v12, c)) return false;
  } else {
    return false;
  }
  const v13 = v.treasury;
  if (v13 !== undefined && v13 !== null) {
    if (!testIssuingDisputeTreasury(v13, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    balance_transactions: opt(nul(list(ref(BalanceTransaction)))),
    created: req(int("unix-time")),
    currency: req(str()),
    evidence: req(ref(IssuingDisputeEvidence)),
    id: req(str()),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    object: req(oneOf(e0)),
    status: req(oneOf(e1)),
    transaction: req(union(str(), ref(IssuingTransaction))),
    treasury: opt(nul(ref(IssuingDisputeTreasury))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing.dispute",
  branch: "issuing.dispute",
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
  schema as IssuingDispute,
  validateInput as validateIssuingDispute,
  isValid as isIssuingDispute,
  check as checkIssuingDispute,
  test as testIssuingDispute,
};
