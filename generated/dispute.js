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
import { Charge, checkCharge, testCharge } from "./charge.js";
import {
  DisputeEvidence,
  checkDisputeEvidence,
  testDisputeEvidence,
} from "./dispute_evidence.js";
import {
  DisputeEvidenceDetails,
  checkDisputeEvidenceDetails,
  testDisputeEvidenceDetails,
} from "./dispute_evidence_details.js";
import {
  DisputePaymentMethodDetails,
  checkDisputePaymentMethodDetails,
  testDisputePaymentMethodDetails,
} from "./dispute_payment_method_details.js";
import {
  PaymentIntent,
  checkPaymentIntent,
  testPaymentIntent,
} from "./payment_intent.js";

const e0 = /* @__PURE__ */ set(["dispute"]);
const e1 = /* @__PURE__ */ set([
  "lost",
  "needs_response",
  "under_review",
  "warning_closed",
  "warning_needs_response",
  "warning_under_review",
  "won",
]);
const k1 = /* @__PURE__ */ set([
  "amount",
  "balance_transactions",
  "charge",
  "created",
  "currency",
  "evidence",
  "evidence_details",
  "id",
  "is_charge_refundable",
  "livemode",
  "metadata",
  "object",
  "payment_intent",
  "payment_method_details",
  "reason",
  "status",
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
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["balance_transactions"], v1, ok);
  } else {
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
  const v3 = v.charge;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["charge"], v3, ok);
  } else {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) {
        ok = longFail(c, ["charge"], 5000, v3);
      }
    } else if (isObject(v3)) {
      ok = into(c, checkCharge, v3, ok, "charge");
    } else {
      ok = wrongType(c, ["charge"], "string | object", v3);
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
  const v6 = v.evidence;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["evidence"], v6, ok);
  } else {
    ok = into(c, checkDisputeEvidence, v6, ok, "evidence");
  }
  const v7 = v.evidence_details;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["evidence_details"], v7, ok);
  } else {
    ok = into(c, checkDisputeEvidenceDetails, v7, ok, "evidence_details");
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
  const v9 = v.is_charge_refundable;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["is_charge_refundable"], v9, ok);
  } else {
    if (typeof v9 !== "boolean") {
      ok = wrongType(c, ["is_charge_refundable"], "boolean", v9);
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
  const v11 = v.metadata;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["metadata"], v11, ok);
  } else {
    if (!isObject(v11)) {
      ok = wrongType(c, ["metadata"], "object", v11);
    } else {
      for (const k0 of Object.keys(v11)) {
        const v12 = entry(v11, k0);
        if (typeof v12 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v12);
        } else if (v12.length > 500 && tooLong(v12, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v12);
        }
      }
    }
  }
  const v13 = v.object;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["object"], v13, ok);
  } else {
    if (!e0.has(v13)) {
      ok = notInEnum(c, ["object"], e0, v13, ok);
    }
  }
  const v14 = v.payment_intent;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 === "string") {
      if (v14.length > 5000 && tooLong(v14, 5000)) {
        ok = longFail(c, ["payment_intent"], 5000, v14);
      }
    } else if (isObject(v14)) {
      ok = into(c, checkPaymentIntent, v14, ok, "payment_intent");
    } else {
      ok = wrongType(c, ["payment_intent"], "string | object", v14);
    }
  }
  const v15 = v.payment_method_details;
  if (v15 !== undefined) {
    ok = into(
      c,
      checkDisputePaymentMethodDetails,
      v15,
      ok,
      "payment_method_details",
    );
  }
  const v16 = v.reason;
  if (v16 === undefined || v16 === null) {
    ok = missing(c, ["reason"], v16, ok);
  } else {
    if (typeof v16 !== "string") {
      ok = wrongType(c, ["reason"], "string", v16);
    } else if (v16.length > 5000 && tooLong(v16, 5000)) {
      ok = longFail(c, ["reason"], 5000, v16);
    }
  }
  const v17 = v.status;
  if (v17 === undefined || v17 === null) {
    ok = missing(c, ["status"], v17, ok);
  } else {
    if (!e1.has(v17)) {
      ok = notInEnum(c, ["status"], e1, v17, ok);
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
  const v1 = v.balance_transactions;
  if (!isArray(v1)) return false;
  for (let i0 = 0; i0 < v1.length; i0++) {
    const v2 = v1[i0];
    if (!testBalanceTransaction(v2, c)) return false;
  }
  const v3 = v.charge;
  if (v3 === undefined || v3 === null) return false;
  if (typeof v3 === "string") {
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  } else if (isObject(v3)) {
    if (!testCharge(v3, c)) return false;
  } else {
    return false;
  }
  const v4 = v.created;
  if (!isInt(v4)) return false;
  const v5 = v.currency;
  if (typeof v5 !== "string") return false;
  const v6 = v.evidence;
  if (!testDisputeEvidence(v6, c)) return false;
  const v7 = v.evidence_details;
  if (!testDisputeEvidenceDetails(v7, c)) return false;
  const v8 = v.id;
  if (typeof v8 !== "string") return false;
  if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  const v9 = v.is_charge_refundable;
  if (typeof v9 !== "boolean") return false;
  const v10 = v.livemode;
  if (typeof v10 !== "boolean") return false;
  const v11 = v.metadata;
  if (!isObject(v11)) return false;
  for (const k2 of Object.keys(v11)) {
    const v12 = entry(v11, k2);
    if (typeof v12 !== "string") return false;
    if (v12.length > 500 && tooLong(v12, 500)) return false;
  }
  const v13 = v.object;
  if (v13 !== "dispute") return false;
  const v14 = v.payment_intent;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 === "string") {
      if (v14.length > 5000 && tooLong(v14, 5000)) return false;
    } else if (isObject(v14)) {
      if (!testPaymentIntent(v14, c)) return false;
    } else {
      return false;
    }
  }
  const v15 = v.payment_method_details;
  if (v15 !== undefined) {
    if (!testDisputePaymentMethodDetails(v15, c)) return false;
  }
  const v16 = v.reason;
  if (typeof v16 !== "string") return false;
  if (v16.length > 5000 && tooLong(v16, 5000)) return false;
  const v17 = v.status;
  if (!e1.has(v17)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    balance_transactions: req(list(ref(BalanceTransaction))),
    charge: req(union(str(), ref(Charge))),
    created: req(int("unix-time")),
    currency: req(str()),
    evidence: req(ref(DisputeEvidence)),
    evidence_details: req(ref(DisputeEvidenceDetails)),
    id: req(str()),
    is_charge_refundable: req(bool()),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    object: req(oneOf(e0)),
    payment_intent: opt(nul(union(str(), ref(PaymentIntent)))),
    payment_method_details: opt(ref(DisputePaymentMethodDetails)),
    reason: req(str()),
    status: req(oneOf(e1)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "dispute",
  branch: "dispute",
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
  schema as Dispute,
  validateInput as validateDispute,
  isValid as isDispute,
  check as checkDispute,
  test as testDispute,
};
