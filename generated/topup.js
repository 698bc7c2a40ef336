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
  BalanceTransaction,
  checkBalanceTransaction,
  testBalanceTransaction,
} from "./balance_transaction.js";
import { Source, checkSource, testSource } from "./source.js";

const e0 = /* @__PURE__ */ set(["topup"]);
const e1 = /* @__PURE__ */ set([
  "canceled",
  "failed",
  "pending",
  "reversed",
  "succeeded",
]);
const k1 = /* @__PURE__ */ set([
  "amount",
  "balance_transaction",
  "created",
  "currency",
  "description",
  "expected_availability_date",
  "failure_code",
  "failure_message",
  "id",
  "livemode",
  "metadata",
  "object",
  "source",
  "statement_descriptor",
  "status",
  "transfer_group",
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
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["currency"], 5000, v3);
    }
  }
  const v4 = v.description;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["description"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["description"], 5000, v4);
    }
  }
  const v5 = v.expected_availability_date;
  if (v5 !== undefined && v5 !== null) {
    if (!isInt(v5)) {
      ok = wrongType(c, ["expected_availability_date"], "integer", v5);
    }
  }
  const v6 = v.failure_code;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["failure_code"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["failure_code"], 5000, v6);
    }
  }
  const v7 = v.failure_message;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["failure_message"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["failure_message"], 5000, v7);
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
  const v10 = v.metadata;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["metadata"], v10, ok);
  } else {
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
  const v13 = v.source;
  if (v13 !== undefined && v13 !== null) {
    ok = into(c, checkSource, v13, ok, "source");
  }
  const v14 = v.statement_descriptor;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 !== "string") {
      ok = wrongType(c, ["statement_descriptor"], "string", v14);
    } else if (v14.length > 5000 && tooLong(v14, 5000)) {
      ok = longFail(c, ["statement_descriptor"], 5000, v14);
    }
  }
  const v15 = v.status;
  if (v15 === undefined || v15 === null) {
    ok = missing(c, ["status"], v15, ok);
  } else {
    if (!e1.has(v15)) {
      ok = notInEnum(c, ["status"], e1, v15, ok);
    }
  }
  const v16 = v.transfer_group;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "string") {
      ok = wrongType(c, ["transfer_group"], "string", v16);
    } else if (v16.length > 5000 && tooLong(v16, 5000)) {
      ok = longFail(c, ["transfer_group"], 5000, v16);
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
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  const v4 = v.description;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.expected_availability_date;
  if (v5 !== undefined && v5 !== null) {
    if (!isInt(v5)) return false;
  }
  const v6 = v.failure_code;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.failure_message;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.id;
  if (typeof v8 !== "string") return false;
  if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  const v9 = v.livemode;
  if (typeof v9 !== "boolean") return false;
  const v10 = v.metadata;
  if (!isObject(v10)) return false;
  for (const k2 of Object.keys(v10)) {
    const v11 = entry(v10, k2);
    if (typeof v11 !== "string") return false;
    if (v11.length > 500 && tooLong(v11, 500)) return false;
  }
  const v12 = v.object;
  if (v12 !== "topup") return false;
  const v13 = v.source;
  if (v13 !== undefined && v13 !== null) {
    if (!testSource(v13, c)) return false;
  }
  const v14 = v.statement_descriptor;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 !== "string") return false;
    if (v14.length > 5000 && tooLong(v14, 5000)) return false;
  }
  const v15 = v.status;
  if (!e1.has(v15)) return false;
  const v16 = v.transfer_group;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "string") return false;
    if (v16.length > 5000 && tooLong(v16, 5000)) return false;
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
    description: opt(nul(str())),
    expected_availability_date: opt(nul(int())),
    failure_code: opt(nul(str())),
    failure_message: opt(nul(str())),
    id: req(str()),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    object: req(oneOf(e0)),
    source: opt(nul(ref(Source))),
    statement_descriptor: opt(nul(str())),
    status: req(oneOf(e1)),
    transfer_group: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "topup",
  branch: "topup",
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
  schema as Topup,
  validateInput as validateTopup,
  isValid as isTopup,
  check as checkTopup,
  test as testTopup,
};
