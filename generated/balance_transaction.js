import {
  branchTests,
  branches,
  deeper,
  enter,
  full,
  into,
  isArray,
  isInt,
  isNum,
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
  int,
  list,
  nul,
  num,
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
  ApplicationFee,
  checkApplicationFee,
  testApplicationFee,
} from "./application_fee.js";
import { Charge, checkCharge, testCharge } from "./charge.js";
import {
  ConnectCollectionTransfer,
  checkConnectCollectionTransfer,
  testConnectCollectionTransfer,
} from "./connect_collection_transfer.js";
import {
  CustomerCashBalanceTransaction,
  checkCustomerCashBalanceTransaction,
  testCustomerCashBalanceTransaction,
} from "./customer_cash_balance_transaction.js";
import { Dispute, checkDispute, testDispute } from "./dispute.js";
import { Fee, checkFee, testFee } from "./fee.js";
import { FeeRefund, checkFeeRefund, testFeeRefund } from "./fee_refund.js";
import {
  IssuingAuthorization,
  checkIssuingAuthorization,
  testIssuingAuthorization,
} from "./issuing.authorization.js";
import {
  IssuingDispute,
  checkIssuingDispute,
  testIssuingDispute,
} from "./issuing.dispute.js";
import {
  IssuingTransaction,
  checkIssuingTransaction,
  testIssuingTransaction,
} from "./issuing.transaction.js";
import { Payout, checkPayout, testPayout } from "./payout.js";
import {
  PlatformTaxFee,
  checkPlatformTaxFee,
  testPlatformTaxFee,
} from "./platform_tax_fee.js";
import { Refund, checkRefund, testRefund } from "./refund.js";
import {
  ReserveTransaction,
  checkReserveTransaction,
  testReserveTransaction,
} from "./reserve_transaction.js";
import {
  TaxDeductedAtSource,
  checkTaxDeductedAtSource,
  testTaxDeductedAtSource,
} from "./tax_deducted_at_source.js";
import { Topup, checkTopup, testTopup } from "./topup.js";
import { Transfer, checkTransfer, testTransfer } from "./transfer.js";
import {
  TransferReversal,
  checkTransferReversal,
  testTransferReversal,
} from "./transfer_reversal.js";

const e0 = /* @__PURE__ */ set(["balance_transaction"]);
const d0 = /* @__PURE__ */ branches(() => [
  ["application_fee", checkApplicationFee, "application_fee"],
  ["charge", checkCharge, "charge"],
  [
    "connect_collection_transfer",
    checkConnectCollectionTransfer,
    "connect_collection_transfer",
  ],
  [
    "customer_cash_balance_transaction",
    checkCustomerCashBalanceTransaction,
    "customer_cash_balance_transaction",
  ],
  ["dispute", checkDispute, "dispute"],
  ["fee_refund", checkFeeRefund, "fee_refund"],
  ["issuing.authorization", checkIssuingAuthorization, "issuing.authorization"],
  ["issuing.dispute", checkIssuingDispute, "issuing.dispute"],
  ["issuing.transaction", checkIssuingTransaction, "issuing.transaction"],
  ["payout", checkPayout, "payout"],
  ["platform_tax_fee", checkPlatformTaxFee, "platform_tax_fee"],
  ["refund", checkRefund, "refund"],
  ["reserve_transaction", checkReserveTransaction, "reserve_transaction"],
  [
    "tax_deducted_at_source",
    checkTaxDeductedAtSource,
    "tax_deducted_at_source",
  ],
  ["topup", checkTopup, "topup"],
  ["transfer", checkTransfer, "transfer"],
  ["transfer_reversal", checkTransferReversal, "transfer_reversal"],
]);
const e1 = /* @__PURE__ */ set([
  "adjustment",
  "advance",
  "advance_funding",
  "anticipation_repayment",
  "application_fee",
  "application_fee_refund",
  "charge",
  "connect_collection_transfer",
  "contribution",
  "issuing_authorization_hold",
  "issuing_authorization_release",
  "issuing_dispute",
  "issuing_transaction",
  "obligation_inbound",
  "obligation_outbound",
  "obligation_payout",
  "obligation_payout_failure",
  "obligation_reversal_inbound",
  "obligation_reversal_outbound",
  "payment",
  "payment_failure_refund",
  "payment_refund",
  "payment_reversal",
  "payout",
  "payout_cancel",
  "payout_failure",
  "refund",
  "refund_failure",
  "reserve_transaction",
  "reserved_funds",
  "stripe_fee",
  "stripe_fx_fee",
  "tax_fee",
  "topup",
  "topup_reversal",
  "transfer",
  "transfer_cancel",
  "transfer_failure",
  "transfer_refund",
]);
const k0 = /* @__PURE__ */ set([
  "amount",
  "available_on",
  "created",
  "currency",
  "description",
  "exchange_rate",
  "fee",
  "fee_details",
  "id",
  "net",
  "object",
  "reporting_category",
  "source",
  "status",
  "type",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testApplicationFee, "application_fee"],
  [testCharge, "charge"],
  [testConnectCollectionTransfer, "connect_collection_transfer"],
  [testCustomerCashBalanceTransaction, "customer_cash_balance_transaction"],
  [testDispute, "dispute"],
  [testFeeRefund, "fee_refund"],
  [testIssuingAuthorization, "issuing.authorization"],
  [testIssuingDispute, "issuing.dispute"],
  [testIssuingTransaction, "issuing.transaction"],
  [testPayout, "payout"],
  [testPlatformTaxFee, "platform_tax_fee"],
  [testRefund, "refund"],
  [testReserveTransaction, "reserve_transaction"],
  [testTaxDeductedAtSource, "tax_deducted_at_source"],
  [testTopup, "topup"],
  [testTransfer, "transfer"],
  [testTransferReversal, "transfer_reversal"],
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
  const v1 = v.available_on;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["available_on"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["available_on"], "integer", v1);
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
  const v5 = v.exchange_rate;
  if (v5 !== undefined && v5 !== null) {
    if (!isNum(v5)) {
      ok = wrongType(c, ["exchange_rate"], "number", v5);
    }
  }
  const v6 = v.fee;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["fee"], v6, ok);
  } else {
    if (!isInt(v6)) {
      ok = wrongType(c, ["fee"], "integer", v6);
    }
  }
  const v7 = v.fee_details;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["fee_details"], v7, ok);
  } else {
    if (!isArray(v7)) {
      ok = wrongType(c, ["fee_details"], "array", v7);
    } else {
      for (let i0 = 0; i0 < v7.length; i0++) {
        const v8 = v7[i0];
        ok = into(c, checkFee, v8, ok, "fee_details", i0);
        if (!ok && full(c)) break;
      }
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
  const v10 = v.net;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["net"], v10, ok);
  } else {
    if (!isInt(v10)) {
      ok = wrongType(c, ["net"], "integer", v10);
    }
  }
  const v11 = v.object;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["object"], v11, ok);
  } else {
    if (!e0.has(v11)) {
      ok = notInEnum(c, ["object"], e0, v11, ok);
    }
  }
  const v12 = v.reporting_category;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["reporting_category"], v12, ok);
  } else {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["reporting_category"], "string", v12);
    } else if (v12.length > 5000 && tooLong(v12, 5000)) {
      ok = longFail(c, ["reporting_category"], 5000, v12);
    }
  }
  const v13 = v.source;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 === "string") {
      if (v13.length > 5000 && tooLong(v13, 5000)) {
        ok = longFail(c, ["source"], 5000, v13);
      }
    } else if (isObject(v13)) {
      ok = into(c, d0, v13, ok, "source");
    } else {
      ok = wrongType(c, ["source"], "string | object", v13);
    }
  }
  const v14 = v.status;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["status"], v14, ok);
  } else {
    if (typeof v14 !== "string") {
      ok = wrongType(c, ["status"], "string", v14);
    } else if (v14.length > 5000 && tooLong(v14, 5000)) {
      ok = longFail(c, ["status"], 5000, v14);
    }
  }
  const v15 = v.type;
  if (v15 === undefined || v15 === null) {
    ok = missing(c, ["type"], v15, ok);
  } else {
    if (!e1.has(v15)) {
      ok = notInEnum(c, ["type"], e1, v15, ok);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.amount;
  if (!isInt(v0)) return false;
  const v1 = v.available_on;
  if (!isInt(v1)) return false;
  const v2 = v.created;
  if (!isInt(v2)) return false;
  const v3 = v.currency;
  if (typeof v3 !== "string") return false;
  const v4 = v.description;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.exchange_rate;
  if (v5 !== undefined && v5 !== null) {
    if (!isNum(v5)) return false;
  }
  const v6 = v.fee;
  if (!isInt(v6)) return false;
  const v7 = v.fee_details;
  if (!isArray(v7)) return false;
  for (let i0 = 0; i0 < v7.length; i0++) {
    const v8 = v7[i0];
    if (!testFee(v8, c)) return false;
  }
  const v9 = v.id;
  if (typeof v9 !== "string") return false;
  if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  const v10 = v.net;
  if (!isInt(v10)) return false;
  const v11 = v.object;
  if (v11 !== "balance_transaction") return false;
  const v12 = v.reporting_category;
  if (typeof v12 !== "string") return false;
  if (v12.length > 5000 && tooLong(v12, 5000)) return false;
  const v13 = v.source;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 === "string") {
      if (v13.length > 5000 && tooLong(v13, 5000)) return false;
    } else if (isObject(v13)) {
      if (!d1(v13, c)) return false;
    } else {
      return false;
    }
  }
  const v14 = v.status;
  if (typeof v14 !== "string") return false;
  if (v14.length > 5000 && tooLong(v14, 5000)) return false;
  const v15 = v.type;
  if (!e1.has(v15)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    available_on: req(int("unix-time")),
    created: req(int("unix-time")),
    currency: req(str()),
    description: opt(nul(str())),
    exchange_rate: opt(nul(num())),
    fee: req(int()),
    fee_details: req(list(ref(Fee))),
    id: req(str()),
    net: req(int()),
    object: req(oneOf(e0)),
    reporting_category: req(str()),
    source: opt(
      nul(
        union(
          str(),
          ref(ApplicationFee),
          ref(Charge),
          ref(ConnectCollectionTransfer),
          ref(CustomerCashBalanceTransaction),
          ref(Dispute),
          ref(FeeRefund),
          ref(IssuingAuthorization),
          ref(IssuingDispute),
          ref(IssuingTransaction),
          ref(Payout),
          ref(PlatformTaxFee),
          ref(Refund),
          ref(ReserveTransaction),
          ref(TaxDeductedAtSource),
          ref(Topup),
          ref(Transfer),
          ref(TransferReversal),
        ),
      ),
    ),
    status: req(str()),
    type: req(oneOf(e1)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "balance_transaction",
  branch: "balance_transaction",
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
  schema as BalanceTransaction,
  validateInput as validateBalanceTransaction,
  isValid as isBalanceTransaction,
  check as checkBalanceTransaction,
  test as testBalanceTransaction,
};
