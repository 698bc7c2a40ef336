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
  IssuingTransaction,
  checkIssuingTransaction,
  testIssuingTransaction,
} from "./issuing.transaction.js";
import {
  IssuingAuthorizationAmountDetails,
  checkIssuingAuthorizationAmountDetails,
  testIssuingAuthorizationAmountDetails,
} from "./issuing_authorization_amount_details.js";
import {
  IssuingAuthorizationMerchantData,
  checkIssuingAuthorizationMerchantData,
  testIssuingAuthorizationMerchantData,
} from "./issuing_authorization_merchant_data.js";
import {
  IssuingAuthorizationNetworkData,
  checkIssuingAuthorizationNetworkData,
  testIssuingAuthorizationNetworkData,
} from "./issuing_authorization_network_data.js";
import {
  IssuingAuthorizationPendingRequest,
  checkIssuingAuthorizationPendingRequest,
  testIssuingAuthorizationPendingRequest,
} from "./issuing_authorization_pending_request.js";
import {
  IssuingAuthorizationRequest,
  checkIssuingAuthorizationRequest,
  testIssuingAuthorizationRequest,
} from "./issuing_authorization_request.js";
import {
  IssuingAuthorizationTreasury,
  checkIssuingAuthorizationTreasury,
  testIssuingAuthorizationTreasury,
} from "./issuing_authorization_treasury.js";
import {
  IssuingAuthorizationVerificationData,
  checkIssuingAuthorizationVerificationData,
  testIssuingAuthorizationVerificationData,
} from "./issuing_authorization_verification_data.js";

const e0 = /* @__PURE__ */ set([
  "chip",
  "contactless",
  "keyed_in",
  "online",
  "swipe",
]);
const e1 = /* @__PURE__ */ set(["issuing.authorization"]);
const e2 = /* @__PURE__ */ set(["closed", "pending", "reversed"]);
const k1 = /* @__PURE__ */ set([
  "amount",
  "amount_details",
  "approved",
  "authorization_method",
  "balance_transactions",
  "card",
  "cardholder",
  "created",
  "currency",
  "id",
  "livemode",
  "merchant_amount",
  "merchant_currency",
  "merchant_data",
  "metadata",
  "network_data",
  "object",
  "pending_request",
  "request_history",
  "status",
  "transactions",
  "treasury",
  "verification_data",
  "wallet",
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
  const v1 = v.amount_details;
  if (v1 !== undefined && v1 !== null) {
    ok = into(
      c,
      checkIssuingAuthorizationAmountDetails,
      v1,
      ok,
      "amount_details",
    );
  }
  const v2 = v.approved;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["approved"], v2, ok);
  } else {
    if (typeof v2 !== "boolean") {
      ok = wrongType(c, ["approved"], "boolean", v2);
    }
  }
  const v3 = v.authorization_method;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["authorization_method"], v3, ok);
  } else {
    if (!e0.has(v3)) {
      ok = notInEnum(c, ["authorization_method"], e0, v3, ok);
    }
  }
  const v4 = v.balance_transactions;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["balance_transactions"], v4, ok);
  } else {
    if (!isArray(v4)) {
      ok = wrongType(c, ["balance_transactions"], "array", v4);
    } else {
      for (let i0 = 0; i0 < v4.length; i0++) {
        const v5 = v4[i0];
        ok = into(
          c,
          checkBalanceTransaction,
          v5,
          ok,
          "balance_transactions",
          i0,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v6 = v.card;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["card"], v6, ok);
  } else {
    ok = into(c, checkIssuingCard, v6, ok, "card");
  }
  const v7 = v.cardholder;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 === "string") {
      if (v7.length > 5000 && tooLong(v7, 5000)) {
        ok = longFail(c, ["cardholder"], 5000, v7);
      }
    } else if (isObject(v7)) {
      ok = into(c, checkIssuingCardholder, v7, ok, "cardholder");
    } else {
      ok = wrongType(c, ["cardholder"], "string | object", v7);
    }
  }
  const v8 = v.created;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["created"], v8, ok);
  } else {
    if (!isInt(v8)) {
      ok = wrongType(c, ["created"], "integer", v8);
    }
  }
  const v9 = v.currency;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["currency"], v9, ok);
  } else {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["currency"], "string", v9);
    }
  }
  const v10 = v.id;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["id"], v10, ok);
  } else {
    if (typeof v10 !== "string") {
      ok = wrongType(c, ["id"], "string", v10);
    } else if (v10.length > 5000 && tooLong(v10, 5000)) {
      ok = longFail(c, ["id"], 5000, v10);
    }
  }
  const v11 = v.livemode;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["livemode"], v11, ok);
  } else {
    if (typeof v11 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v11);
    }
  }
  const v12 = v.merchant_amount;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["merchant_amount"], v12, ok);
  } else {
    if (!isInt(v12)) {
      ok = wrongType(c, ["merchant_amount"], "integer", v12);
    }
  }
  const v13 = v.merchant_currency;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["merchant_currency"], v13, ok);
  } else {
    if (typeof v13 !== "string") {
      ok = wrongType(c, ["merchant_currency"], "string", v13);
    }
  }
  const v14 = v.merchant_data;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["merchant_data"], v14, ok);
  } else {
    ok = into(
      c,
      checkIssuingAuthorizationMerchantData,
      v14,
      ok,
      "merchant_data",
    );
  }
  const v15 = v.metadata;
  if (v15 === undefined || v15 === null) {
    ok = missing(c, ["metadata"], v15, ok);
  } else {
    if (!isObject(v15)) {
      ok = wrongType(c, ["metadata"], "object", v15);
    } else {
      for (const k0 of Object.keys(v15)) {
        const v16 = entry(v15, k0);
        if (typeof v16 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v16);
        } else if (v16.length > 500 && tooLong(v16, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v16);
        }
      }
    }
  }
  const v17 = v.network_data;
  if (v17 !== undefined && v17 !== null) {
    ok = into(c, checkIssuingAuthorizationNetworkData, v17, ok, "network_data");
  }
  const v18 = v.object;
  if (v18 === undefined || v18 === null) {
    ok = missing(c, ["object"], v18, ok);
  } else {
    if (!e1.has(v18)) {
      ok = notInEnum(c, ["object"], e1, v18, ok);
    }
  }
  const v19 = v.pending_request;
  if (v19 !== undefined && v19 !== null) {
    ok = into(
      c,
      checkIssuingAuthorizationPendingRequest,
      v19,
      ok,
      "pending_request",
    );
  }
  const v20 = v.request_history;
  if (v20 === undefined || v20 === null) {
    ok = missing(c, ["request_history"], v20, ok);
  } else {
    if (!isArray(v20)) {
      ok = wrongType(c, ["request_history"], "array", v20);
    } else {
      for (let i1 = 0; i1 < v20.length; i1++) {
        const v21 = v20[i1];
        ok = into(
          c,
          checkIssuingAuthorizationRequest,
          v21,
          ok,
          "request_history",
          i1,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v22 = v.status;
  if (v22 === undefined || v22 === null) {
    ok = missing(c, ["status"], v22, ok);
  } else {
    if (!e2.has(v22)) {
      ok = notInEnum(c, ["status"], e2, v22, ok);
    }
  }
  const v23 = v.transactions;
  if (v23 === undefined || v23 === null) {
    ok = missing(c, ["transactions"], v23, ok);
  } else {
    if (!isArray(v23)) {
      ok = wrongType(c, ["transactions"], "array", v23);
    } else {
      for (let i2 = 0; i2 < v23.length; i2++) {
        const v24 = v23[i2];
        ok = into(c, checkIssuingTransaction, v24, ok, "transactions", i2);
        if (!ok && full(c)) break;
      }
    }
  }
  const v25 = v.treasury;
  if (v25 !== undefined && v25 !== null) {
    ok = into(c, checkIssuingAuthorizationTreasury, v25, ok, "treasury");
  }
  const v26 = v.verification_data;
  if (v26 === undefined || v26 === null) {
    ok = missing(c, ["verification_data"], v26, ok);
  } else {
    ok = into(
      c,
      checkIssuingAuthorizationVerificationData,
      v26,
      ok,
      "verification_data",
    );
  }
  const v27 = v.wallet;
  if (v27 !== undefined && v27 !== null) {
    if (typeof v27 !== "string") {
      ok = wrongType(c, ["wallet"], "string", v27);
    } else if (v27.length > 5000 && tooLong(v27, 5000)) {
      ok = longFail(c, ["wallet"], 5000, v27);
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
    if (!testIssuingAuthorizationAmountDetails(v1, c)) return false;
  }
  const v2 = v.approved;
  if (typeof v2 !== "boolean") return false;
  const v3 = v.authorization_method;
  if (!e0.has(v3)) return false;
  const v4 = v.balance_transactions;
  if (!isArray(v4)) return false;
  for (let i0 = 0; i0 < v4.length; i0++) {
    const v5 = v4[i0];
    if (!testBalanceTransaction(v5, c)) return false;
  }
  const v6 = v.card;
  if (!testIssuingCard(v6, c)) return false;
  const v7 = v.cardholder;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 === "string") {
      if (v7.length > 5000 && tooLong(v7, 5000)) return false;
    } else if (isObject(v7)) {
      if (!testIssuingCardholder(v7, c)) return false;
    } else {
      return false;
    }
  }
  const v8 = v.created;
  if (!isInt(v8)) return false;
  const v9 = v.currency;
  if (typeof v9 !== "string") return false;
  const v10 = v.id;
  if (typeof v10 !== "string") return false;
  if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  const v11 = v.livemode;
  if (typeof v11 !== "boolean") return false;
  const v12 = v.merchant_amount;
  if (!isInt(v12)) return false;
  const v13 = v.merchant_currency;
  if (typeof v13 !== "string") return false;
  const v14 = v.merchant_data;
  if (!testIssuingAuthorizationMerchantData(v14, c)) return false;
  const v15 = v.metadata;
  if (!isObject(v15)) return false;
  for (const k2 of Object.keys(v15)) {
    const v16 = entry(v15, k2);
    if (typeof v16 !== "string") return false;
    if (v16.length > 500 && tooLong(v16, 500)) return false;
  }
  const v17 = v.network_data;
  if (v17 !== undefined && v17 !== null) {
    if (!testIssuingAuthorizationNetworkData(v17, c)) return false;
  }
  const v18 = v.object;
  if (v18 !== "issuing.authorization") return false;
  const v19 = v.pending_request;
  if (v19 !== undefined && v19 !== null) {
    if (!testIssuingAuthorizationPendingRequest(v19, c)) return false;
  }
  const v20 = v.request_history;
  if (!isArray(v20)) return false;
  for (let i1 = 0; i1 < v20.length; i1++) {
    const v21 = v20[i1];
    if (!testIssuingAuthorizationRequest(v21, c)) return false;
  }
  const v22 = v.status;
  if (!e2.has(v22)) return false;
  const v23 = v.transactions;
  if (!isArray(v23)) return false;
  for (let i2 = 0; i2 < v23.length; i2++) {
    const v24 = v23[i2];
    if (!testIssuingTransaction(v24, c)) return false;
  }
  const v25 = v.treasury;
  if (v25 !== undefined && v25 !== null) {
    if (!testIssuingAuthorizationTreasury(v25, c)) return false;
  }
  const v26 = v.verification_data;
  if (!testIssuingAuthorizationVerificationData(v26, c)) return false;
  const v27 = v.wallet;
  if (v27 !== undefined && v27 !== null) {
    if (typeof v27 !== "string") return false;
    if (v27.length > 5000 && tooLong(v27, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    amount_details: opt(nul(ref(IssuingAuthorizationAmountDetails))),
    approved: req(bool()),
    authorization_method: req(oneOf(e0)),
    balance_transactions: req(list(ref(BalanceTransaction))),
    card: req(ref(IssuingCard)),
    cardholder: opt(nul(union(str(), ref(IssuingCardholder)))),
    created: req(int("unix-time")),
    currency: req(str()),
    id: req(str()),
    livemode: req(bool()),
    merchant_amount: req(int()),
    merchant_currency: req(str()),
    merchant_data: req(ref(IssuingAuthorizationMerchantData)),
    metadata: req(obj({}, str())),
    network_data: opt(nul(ref(IssuingAuthorizationNetworkData))),
    object: req(oneOf(e1)),
    pending_request: opt(nul(ref(IssuingAuthorizationPendingRequest))),
    request_history: req(list(ref(IssuingAuthorizationRequest))),
    status: req(oneOf(e2)),
    transactions: req(list(ref(IssuingTransaction))),
    treasury: opt(nul(ref(IssuingAuthorizationTreasury))),
    verification_data: req(ref(IssuingAuthorizationVerificationData)),
    wallet: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing.authorization",
  branch: "issuing.authorization",
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
  schema as IssuingAuthorization,
  validateInput as validateIssuingAuthorization,
  isValid as isIssuingAuthorization,
  check as checkIssuingAuthorization,
  test as testIssuingAuthorization,
};
