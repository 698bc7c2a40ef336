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
import {
  IssuingAuthorization,
  checkIssuingAuthorization,
  testIssuingAuthorization,
} from "./issuing.authorization.js";
import {
  IssuingCard,
  checkIssuingCard,
  testIssuingCard,
} from "./issuing.card.js";
import {
  IssuingCardholder,
  checkIssuingCardholder,
  testIssuingCardholder,
} from "./issuing.cardholder.js";
import {
  IssuingDispute,
  checkIssuingDispute,
  testIssuingDispute,
} from "./issuing.dispute.js";
import {
  IssuingAuthorizationMerchantData,
  checkIssuingAuthorizationMerchantData,
  testIssuingAuthorizationMerchantData,
} from "./issuing_authorization_merchant_data.js";
import {
  IssuingTransactionAmountDetails,
  checkIssuingTransactionAmountDetails,
  testIssuingTransactionAmountDetails,
} from "./issuing_transaction_amount_details.js";
import {
  IssuingTransactionPurchaseDetails,
  checkIssuingTransactionPurchaseDetails,
  testIssuingTransactionPurchaseDetails,
} from "./issuing_transaction_purchase_details.js";
import {
  IssuingTransactionTreasury,
  checkIssuingTransactionTreasury,
  testIssuingTransactionTreasury,
} from "./issuing_transaction_treasury.js";

const e0 = /* @__PURE__ */ set(["issuing.transaction"]);
const e1 = /* @__PURE__ */ set(["apple_pay", "google_pay", "samsung_pay"]);
const k1 = /* @__PURE__ */ set([
  "amount",
  "amount_details",
  "authorization",
  "balance_transaction",
  "card",
  "cardholder",
  "created",
  "currency",
  "dispute",
  "id",
  "livemode",
  "merchant_amount",
  "merchant_currency",
  "merchant_data",
  "metadata",
  "object",
  "purchase_details",
  "treasury",
  "type",
  "wallet",
]);
const e2 = /* @__PURE__ */ set(["capture", "refund"]);

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
  const v1 = v.amount_details;
  if (v1 !== undefined && v1 !== null) {
    ok = into(
      c,
      checkIssuingTransactionAmountDetails,
      v1,
      ok,
      "amount_details",
    );
  }
  const v2 = v.authorization;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) {
        ok = longFail(c, ["authorization"], 5000, v2);
      }
    } else if (isObject(v2)) {
      ok = into(c, checkIssuingAuthorization, v2, ok, "authorization");
    } else {
      ok = wrongType(c, ["authorization"], "string | object", v2);
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
  const v4 = v.card;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["card"], v4, ok);
  } else {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) {
        ok = longFail(c, ["card"], 5000, v4);
      }
    } else if (isObject(v4)) {
      ok = into(c, checkIssuingCard, v4, ok, "card");
    } else {
      ok = wrongType(c, ["card"], "string | object", v4);
    }
  }
  const v5 = v.cardholder;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 === "string") {
      if (v5.length > 5000 && tooLong(v5, 5000)) {
        ok = longFail(c, ["cardholder"], 5000, v5);
      }
    } else if (isObject(v5)) {
      ok = into(c, checkIssuingCardholder, v5, ok, "cardholder");
    } else {
      ok = wrongType(c, ["cardholder"], "string | object", v5);
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
  const v8 = v.dispute;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 === "string") {
      if (v8.length > 5000 && tooLong(v8, 5000)) {
        ok = longFail(c, ["dispute"], 5000, v8);
      }
    } else if (isObject(v8)) {
      ok = into(c, checkIssuingDispute, v8, ok, "dispute");
    } else {
      ok = wrongType(c, ["dispute"], "string | object", v8);
    }
  }
  const v9 = v.id;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["id"], v9, ok);
  } else {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["id"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["id"], 5000, v9);
    }
  }
  const v10 = v.livemode;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["livemode"], v10, ok);
  } else {
    if (typeof v10 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v10);
    }
  }
  const v11 = v.merchant_amount;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["merchant_amount"], v11, ok);
  } else {
    if (!isInt(v11)) {
      ok = wrongType(c, ["merchant_amount"], "integer", v11);
    }
  }
  const v12 = v.merchant_currency;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["merchant_currency"], v12, ok);
  } else {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["merchant_currency"], "string", v12);
    }
  }
  const v13 = v.merchant_data;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["merchant_data"], v13, ok);
  } else {
    ok = into(
      c,
      checkIssuingAuthorizationMerchantData,
      v13,
      ok,
      "merchant_data",
    );
  }
  const v14 = v.metadata;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["metadata"], v14, ok);
  } else {
    if (!isObject(v14)) {
      ok = wrongType(c, ["metadata"], "object", v14);
    } else {
      for (const k0 of Object.keys(v14)) {
        const v15 = entry(v14, k0);
        if (typeof v15 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v15);
        } else if (v15.length > 500 && tooLong(v15, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v15);
        }
      }
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
  const v17 = v.purchase_details;
  if (v17 !== undefined && v17 !== null) {
    ok = into(
      c,
      checkIssuingTransactionPurchaseDetails,
      v17,
      ok,
      "purchase_details",
    );
  }
  const v18 = v.treasury;
  if (v18 !== undefined && v18 !== null) {
    ok = into(c, checkIssuingTransactionTreasury, v18, ok, "treasury");
  }
  const v19 = v.type;
  if (v19 === undefined || v19 === null) {
    ok = missing(c, ["type"], v19, ok);
  } else {
    if (typeof v19 !== "string") {
      ok = wrongType(c, ["type"], "string", v19);
    }
  }
  const v20 = v.wallet;
  if (v20 !== undefined && v20 !== null) {
    if (!e1.has(v20)) {
      ok = notInEnum(c, ["wallet"], e1, v20, ok);
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
  const v1 = v.amount_details;
  if (v1 !== undefined && v1 !== null) {
    if (!testIssuingTransactionAmountDetails(v1, c)) return false;
  }
  const v2 = v.authorization;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) return false;
    } else if (isObject(v2)) {
      if (!testIssuingAuthorization(v2, c)) return false;
    } else {
      return false;
    }
  }
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
  const v4 = v.card;
  if (v4 === undefined || v4 === null) return false;
  if (typeof v4 === "string") {
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  } else if (isObject(v4)) {
    if (!testIssuingCard(v4, c)) return false;
  } else {
    return false;
  }
  const v5 = v.cardholder;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 === "string") {
      if (v5.length > 5000 && tooLong(v5, 5000)) return false;
    } else if (isObject(v5)) {
      if (!testIssuingCardholder(v5, c)) return false;
    } else {
      return false;
    }
  }
  const v6 = v.created;
  if (!isInt(v6)) return false;
  const v7 = v.currency;
  if (typeof v7 !== "string") return false;
  const v8 = v.dispute;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 === "string") {
      if (v8.length > 5000 && tooLong(v8, 5000)) return false;
    } else if (isObject(v8)) {
      if (!testIssuingDispute(v8, c)) return false;
    } else {
      return false;
    }
  }
  const v9 = v.id;
  if (typeof v9 !== "string") return false;
  if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  const v10 = v.livemode;
  if (typeof v10 !== "boolean") return false;
  const v11 = v.merchant_amount;
  if (!isInt(v11)) return false;
  const v12 = v.merchant_currency;
  if (typeof v12 !== "string") return false;
  const v13 = v.merchant_data;
  if (!testIssuingAuthorizationMerchantData(v13, c)) return false;
  const v14 = v.metadata;
  if (!isObject(v14)) return false;
  for (const k2 of Object.keys(v14)) {
    const v15 = entry(v14, k2);
    if (typeof v15 !== "string") return false;
    if (v15.length > 500 && tooLong(v15, 500)) return false;
  }
  const v16 = v.object;
  if (v16 !== "issuing.transaction") return false;
  const v17 = v.purchase_details;
  if (v17 !== undefined && v17 !== null) {
    if (!testIssuingTransactionPurchaseDetails(v17, c)) return false;
  }
  const v18 = v.treasury;
  if (v18 !== undefined && v18 !== null) {
    if (!testIssuingTransactionTreasury(v18, c)) return false;
  }
  const v19 = v.type;
  if (typeof v19 !== "string") return false;
  const v20 = v.wallet;
  if (v20 !== undefined && v20 !== null) {
    if (!e1.has(v20)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    amount_details: opt(nul(ref(IssuingTransactionAmountDetails))),
    authorization: opt(nul(union(str(), ref(IssuingAuthorization)))),
    balance_transaction: opt(nul(union(str(), ref(BalanceTransaction)))),
    card: req(union(str(), ref(IssuingCard))),
    cardholder: opt(nul(union(str(), ref(IssuingCardholder)))),
    created: req(int("unix-time")),
    currency: req(str()),
    dispute: opt(nul(union(str(), ref(IssuingDispute)))),
    id: req(str()),
    livemode: req(bool()),
    merchant_amount: req(int()),
    merchant_currency: req(str()),
    merchant_data: req(ref(IssuingAuthorizationMerchantData)),
    metadata: req(obj({}, str())),
    object: req(oneOf(e0)),
    purchase_details: opt(nul(ref(IssuingTransactionPurchaseDetails))),
    treasury: opt(nul(ref(IssuingTransactionTreasury))),
    type: req(oneOf(e2, true)),
    wallet: opt(nul(oneOf(e1))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing.transaction",
  branch: "issuing.transaction",
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
  schema as IssuingTransaction,
  validateInput as validateIssuingTransaction,
  isValid as isIssuingTransaction,
  check as checkIssuingTransaction,
  test as testIssuingTransaction,
};
