import {
  deeper,
  enter,
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
  Application,
  checkApplication,
  testApplication,
} from "./application.js";
import {
  BalanceTransaction,
  checkBalanceTransaction,
  testBalanceTransaction,
} from "./balance_transaction.js";
import { Charge, checkCharge, testCharge } from "./charge.js";
import { FeeRefund, checkFeeRefund, testFeeRefund } from "./fee_refund.js";

const e0 = /* @__PURE__ */ set(["application_fee"]);
const e1 = /* @__PURE__ */ set(["list"]);
const k0 = /* @__PURE__ */ set(["data", "has_more", "object", "url"]);
const k1 = /* @__PURE__ */ set([
  "account",
  "amount",
  "amount_refunded",
  "application",
  "balance_transaction",
  "charge",
  "created",
  "currency",
  "id",
  "livemode",
  "object",
  "originating_transaction",
  "refunded",
  "refunds",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.account;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["account"], v0, ok);
  } else {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) {
        ok = longFail(c, ["account"], 5000, v0);
      }
    } else if (isObject(v0)) {
      ok = into(c, checkAccount, v0, ok, "account");
    } else {
      ok = wrongType(c, ["account"], "string | object", v0);
    }
  }
  const v1 = v.amount;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["amount"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["amount"], "integer", v1);
    }
  }
  const v2 = v.amount_refunded;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["amount_refunded"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["amount_refunded"], "integer", v2);
    }
  }
  const v3 = v.application;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["application"], v3, ok);
  } else {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) {
        ok = longFail(c, ["application"], 5000, v3);
      }
    } else if (isObject(v3)) {
      ok = into(c, checkApplication, v3, ok, "application");
    } else {
      ok = wrongType(c, ["application"], "string | object", v3);
    }
  }
  const v4 = v.balance_transaction;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) {
        ok = longFail(c, ["balance_transaction"], 5000, v4);
      }
    } else if (isObject(v4)) {
      ok = into(c, checkBalanceTransaction, v4, ok, "balance_transaction");
    } else {
      ok = wrongType(c, ["balance_transaction"], "string | object", v4);
    }
  }
  const v5 = v.charge;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["charge"], v5, ok);
  } else {
    if (typeof v5 === "string") {
      if (v5.length > 5000 && tooLong(v5, 5000)) {
        ok = longFail(c, ["charge"], 5000, v5);
      }
    } else if (isObject(v5)) {
      ok = into(c, checkCharge, v5, ok, "charge");
    } else {
      ok = wrongType(c, ["charge"], "string | object", v5);
    }
  }
  const v6 = v.created;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["created"], v6, ok);
  } else {
    if (!isInt(v6)) {
      ok = wrongType(c, ["created"], "integer", v6);
    }
  }
  const v7 = v.currency;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["currency"], v7, ok);
  } else {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["currency"], "string", v7);
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
    if (!e0.has(v10)) {
      ok = notInEnum(c, ["object"], e0, v10, ok);
    }
  }
  const v11 = v.originating_transaction;
  if (v11 !== undefined && v11 !== null) {
    if (typeof v11 === "string") {
      if (v11.length > 5000 && tooLong(v11, 5000)) {
        ok = longFail(c, ["originating_transaction"], 5000, v11);
      }
    } else if (isObject(v11)) {
      ok = into(c, checkCharge, v11, ok, "originating_transaction");
    } else {
      ok = wrongType(c, ["originating_transaction"], "string | object", v11);
    }
  }
  const v12 = v.refunded;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["refunded"], v12, ok);
  } else {
    if (typeof v12 !== "boolean") {
      ok = wrongType(c, ["refunded"], "boolean", v12);
    }
  }
  const v13 = v.refunds;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["refunds"], v13, ok);
  } else {
    if (!isObject(v13)) {
      ok = wrongType(c, ["refunds"], "object", v13);
    } else {
      const v14 = v13.data;
      if (v14 === undefined || v14 === null) {
        ok = missing(c, ["refunds", "data"], v14, ok);
      } else {
        if (!isArray(v14)) {
          ok = wrongType(c, ["refunds", "data"], "array", v14);
        } else {
          for (let i0 = 0; i0 < v14.length; i0++) {
            const v15 = v14[i0];
            ok = into(c, checkFeeRefund, v15, ok, "refunds", "data", i0);
            if (!ok && full(c)) break;
          }
        }
      }
      const v16 = v13.has_more;
      if (v16 === undefined || v16 === null) {
        ok = missing(c, ["refunds", "has_more"], v16, ok);
      } else {
        if (typeof v16 !== "boolean") {
          ok = wrongType(c, ["refunds", "has_more"], "boolean", v16);
        }
      }
      const v17 = v13.object;
      if (v17 === undefined || v17 === null) {
        ok = missing(c, ["refunds", "object"], v17, ok);
      } else {
        if (!e1.has(v17)) {
          ok = notInEnum(c, ["refunds", "object"], e1, v17, ok);
        }
      }
      const v18 = v13.url;
      if (v18 === undefined || v18 === null) {
        ok = missing(c, ["refunds", "url"], v18, ok);
      } else {
        if (typeof v18 !== "string") {
          ok = wrongType(c, ["refunds", "url"], "string", v18);
        } else if (v18.length > 5000 && tooLong(v18, 5000)) {
          ok = longFail(c, ["refunds", "url"], 5000, v18);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["refunds"], v13, k0, ok);
      }
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
  const v0 = v.account;
  if (v0 === undefined || v0 === null) return false;
  if (typeof v0 === "string") {
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  } else if (isObject(v0)) {
    if (!testAccount(v0, c)) return false;
  } else {
    return false;
  }
  const v1 = v.amount;
  if (!isInt(v1)) return false;
  const v2 = v.amount_refunded;
  if (!isInt(v2)) return false;
  const v3 = v.application;
  if (v3 === undefined || v3 === null) return false;
  if (typeof v3 === "string") {
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  } else if (isObject(v3)) {
    if (!testApplication(v3, c)) return false;
  } else {
    return false;
  }
  const v4 = v.balance_transaction;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) return false;
    } else if (isObject(v4)) {
      if (!testBalanceTransaction(v4, c)) return false;
    } else {
      return false;
    }
  }
  const v5 = v.charge;
  if (v5 === undefined || v5 === null) return false;
  if (typeof v5 === "string") {
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  } else if (isObject(v5)) {
    if (!testCharge(v5, c)) return false;
  } else {
    return false;
  }
  const v6 = v.created;
  if (!isInt(v6)) return false;
  const v7 = v.currency;
  if (typeof v7 !== "string") return false;
  const v8 = v.id;
  if (typeof v8 !== "string") return false;
  if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  const v9 = v.livemode;
  if (typeof v9 !== "boolean") return false;
  const v10 = v.object;
  if (v10 !== "application_fee") return false;
  const v11 = v.originating_transaction;
  if (v11 !== undefined && v11 !== null) {
    if (typeof v11 === "string") {
      if (v11.length > 5000 && tooLong(v11, 5000)) return false;
    } else if (isObject(v11)) {
      if (!testCharge(v11, c)) return false;
    } else {
      return false;
    }
  }
  const v12 = v.refunded;
  if (typeof v12 !== "boolean") return false;
  const v13 = v.refunds;
  if (!isObject(v13)) return false;
  const v14 = v13.data;
  if (!isArray(v14)) return false;
  for (let i0 = 0; i0 < v14.length; i0++) {
    const v15 = v14[i0];
    if (!testFeeRefund(v15, c)) return false;
  }
  const v16 = v13.has_more;
  if (typeof v16 !== "boolean") return false;
  const v17 = v13.object;
  if (v17 !== "list") return false;
  const v18 = v13.url;
  if (typeof v18 !== "string") return false;
  if (v18.length > 5000 && tooLong(v18, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    account: req(union(str(), ref(Account))),
    amount: req(int()),
    amount_refunded: req(int()),
    application: req(union(str(), ref(Application))),
    balance_transaction: opt(nul(union(str(), ref(BalanceTransaction)))),
    charge: req(union(str(), ref(Charge))),
    created: req(int("unix-time")),
    currency: req(str()),
    id: req(str()),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    originating_transaction: opt(nul(union(str(), ref(Charge)))),
    refunded: req(bool()),
    refunds: req(
      obj({
        data: req(list(ref(FeeRefund))),
        has_more: req(bool()),
        object: req(oneOf(e1)),
        url: req(str()),
      }),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "application_fee",
  branch: "application_fee",
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
  schema as ApplicationFee,
  validateInput as validateApplicationFee,
  isValid as isApplicationFee,
  check as checkApplicationFee,
  test as testApplicationFee,
};
