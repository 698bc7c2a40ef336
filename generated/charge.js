import {
  branchTests,
  branches,
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
  Application,
  checkApplication,
  testApplication,
} from "./application.js";
import {
  ApplicationFee,
  checkApplicationFee,
  testApplicationFee,
} from "./application_fee.js";
import {
  BalanceTransaction,
  checkBalanceTransaction,
  testBalanceTransaction,
} from "./balance_transaction.js";
import {
  BillingDetails,
  checkBillingDetails,
  testBillingDetails,
} from "./billing_details.js";
import {
  ChargeFraudDetails,
  checkChargeFraudDetails,
  testChargeFraudDetails,
} from "./charge_fraud_details.js";
import {
  ChargeOutcome,
  checkChargeOutcome,
  testChargeOutcome,
} from "./charge_outcome.js";
import {
  ChargeTransferData,
  checkChargeTransferData,
  testChargeTransferData,
} from "./charge_transfer_data.js";
import { Customer, checkCustomer, testCustomer } from "./customer.js";
import {
  DeletedCustomer,
  checkDeletedCustomer,
  testDeletedCustomer,
} from "./deleted_customer.js";
import { Invoice, checkInvoice, testInvoice } from "./invoice.js";
import {
  PaymentIntent,
  checkPaymentIntent,
  testPaymentIntent,
} from "./payment_intent.js";
import {
  PaymentMethodDetails,
  checkPaymentMethodDetails,
  testPaymentMethodDetails,
} from "./payment_method_details.js";
import {
  RadarRadarOptions,
  checkRadarRadarOptions,
  testRadarRadarOptions,
} from "./radar_radar_options.js";
import { Refund, checkRefund, testRefund } from "./refund.js";
import { Review, checkReview, testReview } from "./review.js";
import { Shipping, checkShipping, testShipping } from "./shipping.js";
import { Transfer, checkTransfer, testTransfer } from "./transfer.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["customer", checkCustomer, "customer"],
  ["deleted_customer", checkDeletedCustomer, "customer#deleted"],
]);
const e0 = /* @__PURE__ */ set(["charge"]);
const e1 = /* @__PURE__ */ set(["list"]);
const k1 = /* @__PURE__ */ set(["data", "has_more", "object", "url"]);
const e2 = /* @__PURE__ */ set(["failed", "pending", "succeeded"]);
const k2 = /* @__PURE__ */ set([
  "amount",
  "amount_captured",
  "amount_refunded",
  "application",
  "application_fee",
  "application_fee_amount",
  "balance_transaction",
  "billing_details",
  "calculated_statement_descriptor",
  "captured",
  "created",
  "currency",
  "customer",
  "description",
  "disputed",
  "failure_balance_transaction",
  "failure_code",
  "failure_message",
  "fraud_details",
  "id",
  "invoice",
  "livemode",
  "metadata",
  "object",
  "on_behalf_of",
  "outcome",
  "paid",
  "payment_intent",
  "payment_method",
  "payment_method_details",
  "radar_options",
  "receipt_email",
  "receipt_number",
  "receipt_url",
  "refunded",
  "refunds",
  "review",
  "shipping",
  "source_transfer",
  "statement_descriptor",
  "statement_descriptor_suffix",
  "status",
  "transfer",
  "transfer_data",
  "transfer_group",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testCustomer, "customer"],
  [testDeletedCustomer, "customer#deleted"],
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
  const v1 = v.amount_captured;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["amount_captured"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["amount_captured"], "integer", v1);
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
  if (v3 !== undefined && v3 !== null) {
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
  const v4 = v.application_fee;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) {
        ok = longFail(c, ["application_fee"], 5000, v4);
      }
    } else if (isObject(v4)) {
      ok = into(c, checkApplicationFee, v4, ok, "application_fee");
    } else {
      ok = wrongType(c, ["application_fee"], "string | object", v4);
    }
  }
  const v5 = v.application_fee_amount;
  if (v5 !== undefined && v5 !== null) {
    if (!isInt(v5)) {
      ok = wrongType(c, ["application_fee_amount"], "integer", v5);
    }
  }
  const v6 = v.balance_transaction;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 === "string") {
      if (v6.length > 5000 && tooLong(v6, 5000)) {
        ok = longFail(c, ["balance_transaction"], 5000, v6);
      }
    } else if (isObject(v6)) {
      ok = into(c, checkBalanceTransaction, v6, ok, "balance_transaction");
    } else {
      ok = wrongType(c, ["balance_transaction"], "string | object", v6);
    }
  }
  const v7 = v.billing_details;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["billing_details"], v7, ok);
  } else {
    ok = into(c, checkBillingDetails, v7, ok, "billing_details");
  }
  const v8 = v.calculated_statement_descriptor;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["calculated_statement_descriptor"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["calculated_statement_descriptor"], 5000, v8);
    }
  }
  const v9 = v.captured;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["captured"], v9, ok);
  } else {
    if (typeof v9 !== "boolean") {
      ok = wrongType(c, ["captured"], "boolean", v9);
    }
  }
  const v10 = v.created;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["created"], v10, ok);
  } else {
    if (!isInt(v10)) {
      ok = wrongType(c, ["created"], "integer", v10);
    }
  }
  const v11 = v.currency;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["currency"], v11, ok);
  } else {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["currency"], "string", v11);
    }
  }
  const v12 = v.customer;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 === "string") {
      if (v12.length > 5000 && tooLong(v12, 5000)) {
        ok = longFail(c, ["customer"], 5000, v12);
      }
    } else if (isObject(v12)) {
      ok = into(c, d0, v12, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v12);
    }
  }
  const v13 = v.description;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") {
      ok = wrongType(c, ["description"], "string", v13);
    } else if (v13.length > 40000 && tooLong(v13, 40000)) {
      ok = longFail(c, ["description"], 40000, v13);
    }
  }
  const v14 = v.disputed;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["disputed"], v14, ok);
  } else {
    if (typeof v14 !== "boolean") {
      ok = wrongType(c, ["disputed"], "boolean", v14);
    }
  }
  const v15 = v.failure_balance_transaction;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 === "string") {
      if (v15.length > 5000 && tooLong(v15, 5000)) {
        ok = longFail(c, ["failure_balance_transaction"], 5000, v15);
      }
    } else if (isObject(v15)) {
      ok = into(
        c,
        checkBalanceTransaction,
        v15,
        ok,
        "failure_balance_transaction",
      );
    } else {
      ok = wrongType(
        c,
        ["failure_balance_transaction"],
        "string | object",
        v15,
      );
    }
  }
  const v16 = v.failure_code;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "string") {
      ok = wrongType(c, ["failure_code"], "string", v16);
    } else if (v16.length > 5000 && tooLong(v16, 5000)) {
      ok = longFail(c, ["failure_code"], 5000, v16);
    }
  }
  const v17 = v.failure_message;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 !== "string") {
      ok = wrongType(c, ["failure_message"], "string", v17);
    } else if (v17.length > 5000 && tooLong(v17, 5000)) {
      ok = longFail(c, ["failure_message"], 5000, v17);
    }
  }
  const v18 = v.fraud_details;
  if (v18 !== undefined && v18 !== null) {
    ok = into(c, checkChargeFraudDetails, v18, ok, "fraud_details");
  }
  const v19 = v.id;
  if (v19 === undefined || v19 === null) {
    ok = missing(c, ["id"], v19, ok);
  } else {
    if (typeof v19 !== "string") {
      ok = wrongType(c, ["id"], "string", v19);
    } else if (v19.length > 5000 && tooLong(v19, 5000)) {
      ok = longFail(c, ["id"], 5000, v19);
    }
  }
  const v20 = v.invoice;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 === "string") {
      if (v20.length > 5000 && tooLong(v20, 5000)) {
        ok = longFail(c, ["invoice"], 5000, v20);
      }
    } else if (isObject(v20)) {
      ok = into(c, checkInvoice, v20, ok, "invoice");
    } else {
      ok = wrongType(c, ["invoice"], "string | object", v20);
    }
  }
  const v21 = v.livemode;
  if (v21 === undefined || v21 === null) {
    ok = missing(c, ["livemode"], v21, ok);
  } else {
    if (typeof v21 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v21);
    }
  }
  const v22 = v.metadata;
  if (v22 === undefined || v22 === null) {
    ok = missing(c, ["metadata"], v22, ok);
  } else {
    if (!isObject(v22)) {
      ok = wrongType(c, ["metadata"], "object", v22);
    } else {
      for (const k0 of Object.keys(v22)) {
        const v23 = entry(v22, k0);
        if (typeof v23 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v23);
        } else if (v23.length > 500 && tooLong(v23, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v23);
        }
      }
    }
  }
  const v24 = v.object;
  if (v24 === undefined || v24 === null) {
    ok = missing(c, ["object"], v24, ok);
  } else {
    if (!e0.has(v24)) {
      ok = notInEnum(c, ["object"], e0, v24, ok);
    }
  }
  const v25 = v.on_behalf_of;
  if (v25 !== undefined && v25 !== null) {
    if (typeof v25 === "string") {
      if (v25.length > 5000 && tooLong(v25, 5000)) {
        ok = longFail(c, ["on_behalf_of"], 5000, v25);
      }
    } else if (isObject(v25)) {
      ok = into(c, checkAccount, v25, ok, "on_behalf_of");
    } else {
      ok = wrongType(c, ["on_behalf_of"], "string | object", v25);
    }
  }
  const v26 = v.outcome;
  if (v26 !== undefined && v26 !== null) {
    ok = into(c, checkChargeOutcome, v26, ok, "outcome");
  }
  const v27 = v.paid;
  if (v27 === undefined || v27 === null) {
    ok = missing(c, ["paid"], v27, ok);
  } else {
    if (typeof v27 !== "boolean") {
      ok = wrongType(c, ["paid"], "boolean", v27);
    }
  }
  const v28 = v.payment_intent;
  if (v28 !== undefined && v28 !== null) {
    if (typeof v28 === "string") {
      if (v28.length > 5000 && tooLong(v28, 5000)) {
        ok = longFail(c, ["payment_intent"], 5000, v28);
      }
    } else if (isObject(v28)) {
      ok = into(c, checkPaymentIntent, v28, ok, "payment_intent");
    } else {
      ok = wrongType(c, ["payment_intent"], "string | object", v28);
    }
  }
  const v29 = v.payment_method;
  if (v29 !== undefined && v29 !== null) {
    if (typeof v29 !== "string") {
      ok = wrongType(c, ["payment_method"], "string", v29);
    } else if (v29.length > 5000 && tooLong(v29, 5000)) {
      ok = longFail(c, ["payment_method"], 5000, v29);
    }
  }
  const v30 = v.payment_method_details;
  if (v30 !== undefined && v30 !== null) {
    ok = into(c, checkPaymentMethodDetails, v30, ok, "payment_method_details");
  }
  const v31 = v.radar_options;
  if (v31 !== undefined) {
    ok = into(c, checkRadarRadarOptions, v31, ok, "radar_options");
  }
  const v32 = v.receipt_email;
  if (v32 !== undefined && v32 !== null) {
    if (typeof v32 !== "string") {
      ok = wrongType(c, ["receipt_email"], "string", v32);
    } else if (v32.length > 5000 && tooLong(v32, 5000)) {
      ok = longFail(c, ["receipt_email"], 5000, v32);
    }
  }
  const v33 = v.receipt_number;
  if (v33 !== undefined && v33 !== null) {
    if (typeof v33 !== "string") {
      ok = wrongType(c, ["receipt_number"], "string", v33);
    } else if (v33.length > 5000 && tooLong(v33, 5000)) {
      ok = longFail(c, ["receipt_number"], 5000, v33);
    }
  }
  const v34 = v.receipt_url;
  if (v34 !== undefined && v34 !== null) {
    if (typeof v34 !== "string") {
      ok = wrongType(c, ["receipt_url"], "string", v34);
    } else if (v34.length > 5000 && tooLong(v34, 5000)) {
      ok = longFail(c, ["receipt_url"], 5000, v34);
    }
  }
  const v35 = v.refunded;
  if (v35 === undefined || v35 === null) {
    ok = missing(c, ["refunded"], v35, ok);
  } else {
    if (typeof v35 !== "boolean") {
      ok = wrongType(c, ["refunded"], "boolean", v35);
    }
  }
  const v36 = v.refunds;
  if (v36 !== undefined && v36 !== null) {
    if (!isObject(v36)) {
      ok = wrongType(c, ["refunds"], "object", v36);
    } else {
      const v37 = v36.data;
      if (v37 === undefined || v37 === null) {
        ok = missing(c, ["refunds", "data"], v37, ok);
      } else {
        if (!isArray(v37)) {
          ok = wrongType(c, ["refunds", "data"], "array", v37);
        } else {
          for (let i0 = 0; i0 < v37.length; i0++) {
            const v38 = v37[i0];
            ok = into(c, checkRefund, v38, ok, "refunds", "data", i0);
            if (!ok && full(c)) break;
          }
        }
      }
      const v39 = v36.has_more;
      if (v39 === undefined || v39 === null) {
        ok = missing(c, ["refunds", "has_more"], v39, ok);
      } else {
        if (typeof v39 !== "boolean") {
          ok = wrongType(c, ["refunds", "has_more"], "boolean", v39);
        }
      }
      const v40 = v36.object;
      if (v40 === undefined || v40 === null) {
        ok = missing(c, ["refunds", "object"], v40, ok);
      } else {
        if (!e1.has(v40)) {
          ok = notInEnum(c, ["refunds", "object"], e1, v40, ok);
        }
      }
      const v41 = v36.url;
      if (v41 === undefined || v41 === null) {
        ok = missing(c, ["refunds", "url"], v41, ok);
      } else {
        if (typeof v41 !== "string") {
          ok = wrongType(c, ["refunds", "url"], "string", v41);
        } else if (v41.length > 5000 && tooLong(v41, 5000)) {
          ok = longFail(c, ["refunds", "url"], 5000, v41);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["refunds"], v36, k1, ok);
      }
    }
  }
  const v42 = v.review;
  if (v42 !== undefined && v42 !== null) {
    if (typeof v42 === "string") {
      if (v42.length > 5000 && tooLong(v42, 5000)) {
        ok = longFail(c, ["review"], 5000, v42);
      }
    } else if (isObject(v42)) {
      ok = into(c, checkReview, v42, ok, "review");
    } else {
      ok = wrongType(c, ["review"], "string | object", v42);
    }
  }
  const v43 = v.shipping;
  if (v43 !== undefined && v43 !== null) {
    ok = into(c, checkShipping, v43, ok, "shipping");
  }
  const v44 = v.source_transfer;
  if (v44 !== undefined && v44 !== null) {
    if (typeof v44 === "string") {
      if (v44.length > 5000 && tooLong(v44, 5000)) {
        ok = longFail(c, ["source_transfer"], 5000, v44);
      }
    } else if (isObject(v44)) {
      ok = into(c, checkTransfer, v44, ok, "source_transfer");
    } else {
      ok = wrongType(c, ["source_transfer"], "string | object", v44);
    }
  }
  const v45 = v.statement_descriptor;
  if (v45 !== undefined && v45 !== null) {
    if (typeof v45 !== "string") {
      ok = wrongType(c, ["statement_descriptor"], "string", v45);
    } else if (v45.length > 5000 && tooLong(v45, 5000)) {
      ok = longFail(c, ["statement_descriptor"], 5000, v45);
    }
  }
  const v46 = v.statement_descriptor_suffix;
  if (v46 !== undefined && v46 !== null) {
    if (typeof v46 !== "string") {
      ok = wrongType(c, ["statement_descriptor_suffix"], "string", v46);
    } else if (v46.length > 5000 && tooLong(v46, 5000)) {
      ok = longFail(c, ["statement_descriptor_suffix"], 5000, v46);
    }
  }
  const v47 = v.status;
  if (v47 === undefined || v47 === null) {
    ok = missing(c, ["status"], v47, ok);
  } else {
    if (!e2.has(v47)) {
      ok = notInEnum(c, ["status"], e2, v47, ok);
    }
  }
  const v48 = v.transfer;
  if (v48 !== undefined) {
    if (typeof v48 === "string") {
      if (v48.length > 5000 && tooLong(v48, 5000)) {
        ok = longFail(c, ["transfer"], 5000, v48);
      }
    } else if (isObject(v48)) {
      ok = into(c, checkTransfer, v48, ok, "transfer");
    } else {
      ok = wrongType(c, ["transfer"], "string | object", v48);
    }
  }
  const v49 = v.transfer_data;
  if (v49 !== undefined && v49 !== null) {
    ok = into(c, checkChargeTransferData, v49, ok, "transfer_data");
  }
  const v50 = v.transfer_group;
  if (v50 !== undefined && v50 !== null) {
    if (typeof v50 !== "string") {
      ok = wrongType(c, ["transfer_group"], "string", v50);
    } else if (v50.length > 5000 && tooLong(v50, 5000)) {
      ok = longFail(c, ["transfer_group"], 5000, v50);
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
  const v1 = v.amount_captured;
  if (!isInt(v1)) return false;
  const v2 = v.amount_refunded;
  if (!isInt(v2)) return false;
  const v3 = v.application;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) return false;
    } else if (isObject(v3)) {
      if (!testApplication(v3, c)) return false;
    } else {
      return false;
    }
  }
  const v4 = v.application_fee;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) return false;
    } else if (isObject(v4)) {
      if (!testApplicationFee(v4, c)) return false;
    } else {
      return false;
    }
  }
  const v5 = v.application_fee_amount;
  if (v5 !== undefined && v5 !== null) {
    if (!isInt(v5)) return false;
  }
  const v6 = v.balance_transaction;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 === "string") {
      if (v6.length > 5000 && tooLong(v6, 5000)) return false;
    } else if (isObject(v6)) {
      if (!testBalanceTransaction(v6, c)) return false;
    } else {
      return false;
    }
  }
  const v7 = v.billing_details;
  if (!testBillingDetails(v7, c)) return false;
  const v8 = v.calculated_statement_descriptor;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  const v9 = v.captured;
  if (typeof v9 !== "boolean") return false;
  const v10 = v.created;
  if (!isInt(v10)) return false;
  const v11 = v.currency;
  if (typeof v11 !== "string") return false;
  const v12 = v.customer;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 === "string") {
      if (v12.length > 5000 && tooLong(v12, 5000)) return false;
    } else if (isObject(v12)) {
      if (!d1(v12, c)) return false;
    } else {
      return false;
    }
  }
  const v13 = v.description;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") return false;
    if (v13.length > 40000 && tooLong(v13, 40000)) return false;
  }
  const v14 = v.disputed;
  if (typeof v14 !== "boolean") return false;
  const v15 = v.failure_balance_transaction;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 === "string") {
      if (v15.length > 5000 && tooLong(v15, 5000)) return false;
    } else if (isObject(v15)) {
      if (!testBalanceTransaction(v15, c)) return false;
    } else {
      return false;
    }
  }
  const v16 = v.failure_code;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "string") return false;
    if (v16.length > 5000 && tooLong(v16, 5000)) return false;
  }
  const v17 = v.failure_message;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 !== "string") return false;
    if (v17.length > 5000 && tooLong(v17, 5000)) return false;
  }
  const v18 = v.fraud_details;
  if (v18 !== undefined && v18 !== null) {
    if (!testChargeFraudDetails(v18, c)) return false;
  }
  const v19 = v.id;
  if (typeof v19 !== "string") return false;
  if (v19.length > 5000 && tooLong(v19, 5000)) return false;
  const v20 = v.invoice;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 === "string") {
      if (v20.length > 5000 && tooLong(v20, 5000)) return false;
    } else if (isObject(v20)) {
      if (!testInvoice(v20, c)) return false;
    } else {
      return false;
    }
  }
  const v21 = v.livemode;
  if (typeof v21 !== "boolean") return false;
  const v22 = v.metadata;
  if (!isObject(v22)) return false;
  for (const k3 of Object.keys(v22)) {
    const v23 = entry(v22, k3);
    if (typeof v23 !== "string") return false;
    if (v23.length > 500 && tooLong(v23, 500)) return false;
  }
  const v24 = v.object;
  if (v24 !== "charge") return false;
  const v25 = v.on_behalf_of;
  if (v25 !== undefined && v25 !== null) {
    if (typeof v25 === "string") {
      if (v25.length > 5000 && tooLong(v25, 5000)) return false;
    } else if (isObject(v25)) {
      if (!testAccount(v25, c)) return false;
    } else {
      return false;
    }
  }
  const v26 = v.outcome;
  if (v26 !== undefined && v26 !== null) {
    if (!testChargeOutcome(v26, c)) return false;
  }
  const v27 = v.paid;
  if (typeof v27 !== "boolean") return false;
  const v28 = v.payment_intent;
  if (v28 !== undefined && v28 !== null) {
    if (typeof v28 === "string") {
      if (v28.length > 5000 && tooLong(v28, 5000)) return false;
    } else if (isObject(v28)) {
      if (!testPaymentIntent(v28, c)) return false;
    } else {
      return false;
    }
  }
  const v29 = v.payment_method;
  if (v29 !== undefined && v29 !== null) {
    if (typeof v29 !== "string") return false;
    if (v29.length > 5000 && tooLong(v29, 5000)) return false;
  }
  const v30 = v.payment_method_details;
  if (v30 !== undefined && v30 !== null) {
    if (!testPaymentMethodDetails(v30, c)) return false;
  }
  const v31 = v.radar_options;
  if (v31 !== undefined) {
    if (!testRadarRadarOptions(v31, c)) return false;
  }
  const v32 = v.receipt_email;
  if (v32 !== undefined && v32 !== null) {
    if (typeof v32 !== "string") return false;
    if (v32.length > 5000 && tooLong(v32, 5000)) return false;
  }
  const v33 = v.receipt_number;
  if (v33 !== undefined && v33 !== null) {
    if (typeof v33 !== "string") return false;
    if (v33.length > 5000 && tooLong(v33, 5000)) return false;
  }
  const v34 = v.receipt_url;
  if (v34 !== undefined && v34 !== null) {
    if (typeof v34 !== "string") return false;
    if (v34.length > 5000 && tooLong(v34, 5000)) return false;
  }
  const v35 = v.refunded;
  if (typeof v35 !== "boolean") return false;
  const v36 = v.refunds;
  if (v36 !== undefined && v36 !== null) {
    if (!isObject(v36)) return false;
    const v37 = v36.data;
    if (!isArray(v37)) return false;
    for (let i0 = 0; i0 < v37.length; i0++) {
      const v38 = v37[i0];
      if (!testRefund(v38, c)) return false;
    }
    const v39 = v36.has_more;
    if (typeof v39 !== "boolean") return false;
    const v40 = v36.object;
    if (v40 !== "list") return false;
    const v41 = v36.url;
    if (typeof v41 !== "string") return false;
    if (v41.length > 5000 && tooLong(v41, 5000)) return false;
  }
  const v42 = v.review;
  if (v42 !== undefined && v42 !== null) {
    if (typeof v42 === "string") {
      if (v42.length > 5000 && tooLong(v42, 5000)) return false;
    } else if (isObject(v42)) {
      if (!testReview(v42, c)) return false;
    } else {
      return false;
    }
  }
  const v43 = v.shipping;
  if (v43 !== undefined && v43 !== null) {
    if (!testShipping(v43, c)) return false;
  }
  const v44 = v.source_transfer;
  if (v44 !== undefined && v44 !== null) {
    if (typeof v44 === "string") {
      if (v44.length > 5000 && tooLong(v44, 5000)) return false;
    } else if (isObject(v44)) {
      if (!testTransfer(v44, c)) return false;
    } else {
      return false;
    }
  }
  const v45 = v.statement_descriptor;
  if (v45 !== undefined && v45 !== null) {
    if (typeof v45 !== "string") return false;
    if (v45.length > 5000 && tooLong(v45, 5000)) return false;
  }
  const v46 = v.statement_descriptor_suffix;
  if (v46 !== undefined && v46 !== null) {
    if (typeof v46 !== "string") return false;
    if (v46.length > 5000 && tooLong(v46, 5000)) return false;
  }
  const v47 = v.status;
  if (!e2.has(v47)) return false;
  const v48 = v.transfer;
  if (v48 !== undefined) {
    if (typeof v48 === "string") {
      if (v48.length > 5000 && tooLong(v48, 5000)) return false;
    } else if (isObject(v48)) {
      if (!testTransfer(v48, c)) return false;
    } else {
      return false;
    }
  }
  const v49 = v.transfer_data;
  if (v49 !== undefined && v49 !== null) {
    if (!testChargeTransferData(v49, c)) return false;
  }
  const v50 = v.transfer_group;
  if (v50 !== undefined && v50 !== null) {
    if (typeof v50 !== "string") return false;
    if (v50.length > 5000 && tooLong(v50, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    amount_captured: req(int()),
    amount_refunded: req(int()),
    application: opt(nul(union(str(), ref(Application)))),
    application_fee: opt(nul(union(str(), ref(ApplicationFee)))),
    application_fee_amount: opt(nul(int())),
    balance_transaction: opt(nul(union(str(), ref(BalanceTransaction)))),
    billing_details: req(ref(BillingDetails)),
    calculated_statement_descriptor: opt(nul(str())),
    captured: req(bool()),
    created: req(int("unix-time")),
    currency: req(str()),
    customer: opt(nul(union(str(), ref(Customer), ref(DeletedCustomer)))),
    description: opt(nul(str())),
    disputed: req(bool()),
    failure_balance_transaction: opt(
      nul(union(str(), ref(BalanceTransaction))),
    ),
    failure_code: opt(nul(str())),
    failure_message: opt(nul(str())),
    fraud_details: opt(nul(ref(ChargeFraudDetails))),
    id: req(str()),
    invoice: opt(nul(union(str(), ref(Invoice)))),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    object: req(oneOf(e0)),
    on_behalf_of: opt(nul(union(str(), ref(Account)))),
    outcome: opt(nul(ref(ChargeOutcome))),
    paid: req(bool()),
    payment_intent: opt(nul(union(str(), ref(PaymentIntent)))),
    payment_method: opt(nul(str())),
    payment_method_details: opt(nul(ref(PaymentMethodDetails))),
    radar_options: opt(ref(RadarRadarOptions)),
    receipt_email: opt(nul(str())),
    receipt_number: opt(nul(str())),
    receipt_url: opt(nul(str())),
    refunded: req(bool()),
    refunds: opt(
      nul(
        obj({
          data: req(list(ref(Refund))),
          has_more: req(bool()),
          object: req(oneOf(e1)),
          url: req(str()),
        }),
      ),
    ),
    review: opt(nul(union(str(), ref(Review)))),
    shipping: opt(nul(ref(Shipping))),
    source_transfer: opt(nul(union(str(), ref(Transfer)))),
    statement_descriptor: opt(nul(str())),
    statement_descriptor_suffix: opt(nul(str())),
    status: req(oneOf(e2)),
    transfer: opt(union(str(), ref(Transfer))),
    transfer_data: opt(nul(ref(ChargeTransferData))),
    transfer_group: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "charge",
  branch: "charge",
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
  schema as Charge,
  validateInput as validateCharge,
  isValid as isCharge,
  check as checkCharge,
  test as testCharge,
};
