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
import { Account, checkAccount, testAccount } from "./account.js";
import {
  BalanceTransaction,
  checkBalanceTransaction,
  testBalanceTransaction,
} from "./balance_transaction.js";
import { Charge, checkCharge, testCharge } from "./charge.js";
import {
  TransferReversal,
  checkTransferReversal,
  testTransferReversal,
} from "./transfer_reversal.js";

const e0 = /* @__PURE__ */ set(["transfer"]);
const e1 = /* @__PURE__ */ set(["list"]);
const k1 = /* @__PURE__ */ set(["data", "has_more", "object", "url"]);
const k2 = /* @__PURE__ */ set([
  "amount",
  "amount_reversed",
  "balance_transaction",
  "created",
  "currency",
  "description",
  "destination",
  "destination_payment",
  "id",
  "livemode",
  "metadata",
  "object",
  "reversals",
  "reversed",
  "source_transaction",
  "source_type",
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
  const v1 = v.amount_reversed;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["amount_reversed"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["amount_reversed"], "integer", v1);
    }
  }
  const v2 = v.balance_transaction;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) {
        ok = longFail(c, ["balance_transaction"], 5000, v2);
      }
    } else if (isObject(v2)) {
      ok = into(c, checkBalanceTransaction, v2, ok, "balance_transaction");
    } else {
      ok = wrongType(c, ["balance_transaction"], "string | object", v2);
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
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["description"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["description"], 5000, v5);
    }
  }
  const v6 = v.destination;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 === "string") {
      if (v6.length > 5000 && tooLong(v6, 5000)) {
        ok = longFail(c, ["destination"], 5000, v6);
      }
    } else if (isObject(v6)) {
      ok = into(c, checkAccount, v6, ok, "destination");
    } else {
      ok = wrongType(c, ["destination"], "string | object", v6);
    }
  }
  const v7 = v.destination_payment;
  if (v7 !== undefined) {
    if (typeof v7 === "string") {
      if (v7.length > 5000 && tooLong(v7, 5000)) {
        ok = longFail(c, ["destination_payment"], 5000, v7);
      }
    } else if (isObject(v7)) {
      ok = into(c, checkCharge, v7, ok, "destination_payment");
    } else {
      ok = wrongType(c, ["destination_payment"], "string | object", v7);
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
  const v13 = v.reversals;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["reversals"], v13, ok);
  } else {
    if (!isObject(v13)) {
      ok = wrongType(c, ["reversals"], "object", v13);
    } else {
      const v14 = v13.data;
      if (v14 === undefined || v14 === null) {
        ok = missing(c, ["reversals", "data"], v14, ok);
      } else {
        if (!isArray(v14)) {
          ok = wrongType(c, ["reversals", "data"], "array", v14);
        } else {
          for (let i0 = 0; i0 < v14.length; i0++) {
            const v15 = v14[i0];
            ok = into(
              c,
              checkTransferReversal,
              v15,
              ok,
              "reversals",
              "data",
              i0,
            );
            if (!ok && full(c)) break;
          }
        }
      }
      const v16 = v13.has_more;
      if (v16 === undefined || v16 === null) {
        ok = missing(c, ["reversals", "has_more"], v16, ok);
      } else {
        if (typeof v16 !== "boolean") {
          ok = wrongType(c, ["reversals", "has_more"], "boolean", v16);
        }
      }
      const v17 = v13.object;
      if (v17 === undefined || v17 === null) {
        ok = missing(c, ["reversals", "object"], v17, ok);
      } else {
        if (!e1.has(v17)) {
          ok = notInEnum(c, ["reversals", "object"], e1, v17, ok);
        }
      }
      const v18 = v13.url;
      if (v18 === undefined || v18 === null) {
        ok = missing(c, ["reversals", "url"], v18, ok);
      } else {
        if (typeof v18 !== "string") {
          ok = wrongType(c, ["reversals", "url"], "string", v18);
        } else if (v18.length > 5000 && tooLong(v18, 5000)) {
          ok = longFail(c, ["reversals", "url"], 5000, v18);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["reversals"], v13, k1, ok);
      }
    }
  }
  const v19 = v.reversed;
  if (v19 === undefined || v19 === null) {
    ok = missing(c, ["reversed"], v19, ok);
  } else {
    if (typeof v19 !== "boolean") {
      ok = wrongType(c, ["reversed"], "boolean", v19);
    }
  }
  const v20 = v.source_transaction;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 === "string") {
      if (v20.length > 5000 && tooLong(v20, 5000)) {
        ok = longFail(c, ["source_transaction"], 5000, v20);
      }
    } else if (isObject(v20)) {
      ok = into(c, checkCharge, v20, ok, "source_transaction");
    } else {
      ok = wrongType(c, ["source_transaction"], "string | object", v20);
    }
  }
  const v21 = v.source_type;
  if (v21 !== undefined) {
    if (typeof v21 !== "string") {
      ok = wrongType(c, ["source_type"], "string", v21);
    } else if (v21.length > 5000 && tooLong(v21, 5000)) {
      ok = longFail(c, ["source_type"], 5000, v21);
    }
  }
  const v22 = v.transfer_group;
  if (v22 !== undefined && v22 !== null) {
    if (typeof v22 !== "string") {
      ok = wrongType(c, ["transfer_group"], "string", v22);
    } else if (v22.length > 5000 && tooLong(v22, 5000)) {
      ok = longFail(c, ["transfer_group"], 5000, v22);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k2, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.amount;
  if (!isInt(v0)) return false;
  const v1 = v.amount_reversed;
  if (!isInt(v1)) return false;
  const v2 = v.balance_transaction;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) return false;
    } else if (isObject(v2)) {
      if (!testBalanceTransaction(v2, c)) return false;
    } else {
      return false;
    }
  }
  const v3 = v.created;
  if (!isInt(v3)) return false;
  const v4 = v.currency;
  if (typeof v4 !== "string") return false;
  const v5 = v.description;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.destination;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 === "string") {
      if (v6.length > 5000 && tooLong(v6, 5000)) return false;
    } else if (isObject(v6)) {
      if (!testAccount(v6, c)) return false;
    } else {
      return false;
    }
  }
  const v7 = v.destination_payment;
  if (v7 !== undefined) {
    if (typeof v7 === "string") {
      if (v7.length > 5000 && tooLong(v7, 5000)) return false;
    } else if (isObject(v7)) {
      if (!testCharge(v7, c)) return false;
    } else {
      return false;
    }
  }
  const v8 = v.id;
  if (typeof v8 !== "string") return false;
  if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  const v9 = v.livemode;
  if (typeof v9 !== "boolean") return false;
  const v10 = v.metadata;
  if (!isObject(v10)) return false;
  for (const k3 of Object.keys(v10)) {
    const v11 = entry(v10, k3);
    if (typeof v11 !== "string") return false;
    if (v11.length > 500 && tooLong(v11, 500)) return false;
  }
  const v12 = v.object;
  if (v12 !== "transfer") return false;
  const v13 = v.reversals;
  if (!isObject(v13)) return false;
  const v14 = v13.data;
  if (!isArray(v14)) return false;
  for (let i0 = 0; i0 < v14.length; i0++) {
    const v15 = v14[i0];
    if (!testTransferReversal(v15, c)) return false;
  }
  const v16 = v13.has_more;
  if (typeof v16 !== "boolean") return false;
  const v17 = v13.object;
  if (v17 !== "list") return false;
  const v18 = v13.url;
  if (typeof v18 !== "string") return false;
  if (v18.length > 5000 && tooLong(v18, 5000)) return false;
  const v19 = v.reversed;
  if (typeof v19 !== "boolean") return false;
  const v20 = v.source_transaction;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 === "string") {
      if (v20.length > 5000 && tooLong(v20, 5000)) return false;
    } else if (isObject(v20)) {
      if (!testCharge(v20, c)) return false;
    } else {
      return false;
    }
  }
  const v21 = v.source_type;
  if (v21 !== undefined) {
    if (typeof v21 !== "string") return false;
    if (v21.length > 5000 && tooLong(v21, 5000)) return false;
  }
  const v22 = v.transfer_group;
  if (v22 !== undefined && v22 !== null) {
    if (typeof v22 !== "string") return false;
    if (v22.length > 5000 && tooLong(v22, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    amount_reversed: req(int()),
    balance_transaction: opt(nul(union(str(), ref(BalanceTransaction)))),
    created: req(int("unix-time")),
    currency: req(str()),
    description: opt(nul(str())),
    destination: opt(nul(union(str(), ref(Account)))),
    destination_payment: opt(union(str(), ref(Charge))),
    id: req(str()),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    object: req(oneOf(e0)),
    reversals: req(
      obj({
        data: req(list(ref(TransferReversal))),
        has_more: req(bool()),
        object: req(oneOf(e1)),
        url: req(str()),
      }),
    ),
    reversed: req(bool()),
    source_transaction: opt(nul(union(str(), ref(Charge)))),
    source_type: opt(str()),
    transfer_group: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "transfer",
  branch: "transfer",
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
  schema as Transfer,
  validateInput as validateTransfer,
  isValid as isTransfer,
  check as checkTransfer,
  test as testTransfer,
};
