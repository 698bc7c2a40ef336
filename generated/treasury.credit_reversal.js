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
  TreasuryReceivedCreditsResourceStatusTransitions,
  checkTreasuryReceivedCreditsResourceStatusTransitions,
  testTreasuryReceivedCreditsResourceStatusTransitions,
} from "./treasury_received_credits_resource_status_transitions.js";

const e0 = /* @__PURE__ */ set(["ach", "stripe"]);
const e1 = /* @__PURE__ */ set(["treasury.credit_reversal"]);
const e2 = /* @__PURE__ */ set(["canceled", "posted", "processing"]);
const k1 = /* @__PURE__ */ set([
  "amount",
  "created",
  "currency",
  "financial_account",
  "hosted_regulatory_receipt_url",
  "id",
  "livemode",
  "metadata",
  "network",
  "object",
  "received_credit",
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
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["financial_account"], v3, ok);
  } else {
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
  const v6 = v.livemode;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["livemode"], v6, ok);
  } else {
    if (typeof v6 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v6);
    }
  }
  const v7 = v.metadata;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["metadata"], v7, ok);
  } else {
    if (!isObject(v7)) {
      ok = wrongType(c, ["metadata"], "object", v7);
    } else {
      for (const k0 of Object.keys(v7)) {
        const v8 = entry(v7, k0);
        if (typeof v8 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v8);
        } else if (v8.length > 500 && tooLong(v8, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v8);
        }
      }
    }
  }
  const v9 = v.network;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["network"], v9, ok);
  } else {
    if (!e0.has(v9)) {
      ok = notInEnum(c, ["network"], e0, v9, ok);
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
  const v11 = v.received_credit;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["received_credit"], v11, ok);
  } else {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["received_credit"], "string", v11);
    } else if (v11.length > 5000 && tooLong(v11, 5000)) {
      ok = longFail(c, ["received_credit"], 5000, v11);
    }
  }
  const v12 = v.status;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["status"], v12, ok);
  } else {
    if (!e2.has(v12)) {
      ok = notInEnum(c, ["status"], e2, v12, ok);
    }
  }
  const v13 = v.status_transitions;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["status_transitions"], v13, ok);
  } else {
    ok = into(
      c,
      checkTreasuryReceivedCreditsResourceStatusTransitions,
      v13,
      ok,
      "status_transitions",
    );
  }
  const v14 = v.transaction;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 === "string") {
      if (v14.length > 5000 && tooLong(v14, 5000)) {
        ok = longFail(c, ["transaction"], 5000, v14);
      }
    } else if (isObject(v14)) {
      ok = into(c, checkTreasuryTransaction, v14, ok, "transaction");
    } else {
      ok = wrongType(c, ["transaction"], "string | object", v14);
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
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  const v4 = v.hosted_regulatory_receipt_url;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.id;
  if (typeof v5 !== "string") return false;
  if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  const v6 = v.livemode;
  if (typeof v6 !== "boolean") return false;
  const v7 = v.metadata;
  if (!isObject(v7)) return false;
  for (const k2 of Object.keys(v7)) {
    const v8 = entry(v7, k2);
    if (typeof v8 !== "string") return false;
    if (v8.length > 500 && tooLong(v8, 500)) return false;
  }
  const v9 = v.network;
  if (!e0.has(v9)) return false;
  const v10 = v.object;
  if (v10 !== "treasury.credit_reversal") return false;
  const v11 = v.received_credit;
  if (typeof v11 !== "string") return false;
  if (v11.length > 5000 && tooLong(v11, 5000)) return false;
  const v12 = v.status;
  if (!e2.has(v12)) return false;
  const v13 = v.status_transitions;
  if (!testTreasuryReceivedCreditsResourceStatusTransitions(v13, c))
    return false;
  const v14 = v.transaction;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 === "string") {
      if (v14.length > 5000 && tooLong(v14, 5000)) return false;
    } else if (isObject(v14)) {
      if (!testTreasuryTransaction(v14, c)) return false;
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
    financial_account: req(str()),
    hosted_regulatory_receipt_url: opt(nul(str())),
    id: req(str()),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    network: req(oneOf(e0)),
    object: req(oneOf(e1)),
    received_credit: req(str()),
    status: req(oneOf(e2)),
    status_transitions: req(
      ref(TreasuryReceivedCreditsResourceStatusTransitions),
    ),
    transaction: opt(nul(union(str(), ref(TreasuryTransaction)))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury.credit_reversal",
  branch: "treasury.credit_reversal",
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
  schema as TreasuryCreditReversal,
  validateInput as validateTreasuryCreditReversal,
  isValid as isTreasuryCreditReversal,
  check as checkTreasuryCreditReversal,
  test as testTreasuryCreditReversal,
};
