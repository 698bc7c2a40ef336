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
  OutboundTransfersPaymentMethodDetails,
  checkOutboundTransfersPaymentMethodDetails,
  testOutboundTransfersPaymentMethodDetails,
} from "./outbound_transfers_payment_method_details.js";
import {
  TreasuryTransaction,
  checkTreasuryTransaction,
  testTreasuryTransaction,
} from "./treasury.transaction.js";
import {
  TreasuryOutboundTransfersResourceReturnedDetails,
  checkTreasuryOutboundTransfersResourceReturnedDetails,
  testTreasuryOutboundTransfersResourceReturnedDetails,
} from "./treasury_outbound_transfers_resource_returned_details.js";
import {
  TreasuryOutboundTransfersResourceStatusTransitions,
  checkTreasuryOutboundTransfersResourceStatusTransitions,
  testTreasuryOutboundTransfersResourceStatusTransitions,
} from "./treasury_outbound_transfers_resource_status_transitions.js";

const e0 = /* @__PURE__ */ set(["treasury.outbound_transfer"]);
const e1 = /* @__PURE__ */ set([
  "canceled",
  "failed",
  "posted",
  "processing",
  "returned",
]);
const k1 = /* @__PURE__ */ set([
  "amount",
  "cancelable",
  "created",
  "currency",
  "description",
  "destination_payment_method",
  "destination_payment_method_details",
  "expected_arrival_date",
  "financial_account",
  "hosted_regulatory_receipt_url",
  "id",
  "livemode",
  "metadata",
  "object",
  "returned_details",
  "statement_descriptor",
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
  const v1 = v.cancelable;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["cancelable"], v1, ok);
  } else {
    if (typeof v1 !== "boolean") {
      ok = wrongType(c, ["cancelable"], "boolean", v1);
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
  const v5 = v.destination_payment_method;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["destination_payment_method"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["destination_payment_method"], 5000, v5);
    }
  }
  const v6 = v.destination_payment_method_details;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["destination_payment_method_details"], v6, ok);
  } else {
    ok = into(
      c,
      checkOutboundTransfersPaymentMethodDetails,
      v6,
      ok,
      "destination_payment_method_details",
    );
  }
  const v7 = v.expected_arrival_date;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["expected_arrival_date"], v7, ok);
  } else {
    if (!isInt(v7)) {
      ok = wrongType(c, ["expected_arrival_date"], "integer", v7);
    }
  }
  const v8 = v.financial_account;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["financial_account"], v8, ok);
  } else {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["financial_account"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["financial_account"], 5000, v8);
    }
  }
  const v9 = v.hosted_regulatory_receipt_url;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["hosted_regulatory_receipt_url"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["hosted_regulatory_receipt_url"], 5000, v9);
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
  const v12 = v.metadata;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["metadata"], v12, ok);
  } else {
    if (!isObject(v12)) {
      ok = wrongType(c, ["metadata"], "object", v12);
    } else {
      for (const k0 of Object.keys(v12)) {
        const v13 = entry(v12, k0);
        if (typeof v13 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v13);
        } else if (v13.length > 500 && tooLong(v13, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v13);
        }
      }
    }
  }
  const v14 = v.object;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["object"], v14, ok);
  } else {
    if (!e0.has(v14)) {
      ok = notInEnum(c, ["object"], e0, v14, ok);
    }
  }
  const v15 = v.returned_details;
  if (v15 !== undefined && v15 !== null) {
    ok = into(
      c,
      checkTreasuryOutboundTransfersResourceReturnedDetails,
      v15,
      ok,
      "returned_details",
    );
  }
  const v16 = v.statement_descriptor;
  if (v16 === undefined || v16 === null) {
    ok = missing(c, ["statement_descriptor"], v16, ok);
  } else {
    if (typeof v16 !== "string") {
      ok = wrongType(c, ["statement_descriptor"], "string", v16);
    } else if (v16.length > 5000 && tooLong(v16, 5000)) {
      ok = longFail(c, ["statement_descriptor"], 5000, v16);
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
  const v18 = v.status_transitions;
  if (v18 === undefined || v18 === null) {
    ok = missing(c, ["status_transitions"], v18, ok);
  } else {
    ok = into(
      c,
      checkTreasuryOutboundTransfersResourceStatusTransitions,
      v18,
      ok,
      "status_transitions",
    );
  }
  const v19 = v.transaction;
  if (v19 === undefined || v19 === null) {
    ok = missing(c, ["transaction"], v19, ok);
  } else {
    if (typeof v19 === "string") {
      if (v19.length > 5000 && tooLong(v19, 5000)) {
        ok = longFail(c, ["transaction"], 5000, v19);
      }
    } else if (isObject(v19)) {
      ok = into(c, checkTreasuryTransaction, v19, ok, "transaction");
    } else {
      ok = wrongType(c, ["transaction"], "string | object", v19);
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
  const v1 = v.cancelable;
  if (typeof v1 !== "boolean") return false;
  const v2 = v.created;
  if (!isInt(v2)) return false;
  const v3 = v.currency;
  if (typeof v3 !== "string") return false;
  const v4 = v.description;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.destination_payment_method;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.destination_payment_method_details;
  if (!testOutboundTransfersPaymentMethodDetails(v6, c)) return false;
  const v7 = v.expected_arrival_date;
  if (!isInt(v7)) return false;
  const v8 = v.financial_account;
  if (typeof v8 !== "string") return false;
  if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  const v9 = v.hosted_regulatory_receipt_url;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") return false;
    if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  }
  const v10 = v.id;
  if (typeof v10 !== "string") return false;
  if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  const v11 = v.livemode;
  if (typeof v11 !== "boolean") return false;
  const v12 = v.metadata;
  if (!isObject(v12)) return false;
  for (const k2 of Object.keys(v12)) {
    const v13 = entry(v12, k2);
    if (typeof v13 !== "string") return false;
    if (v13.length > 500 && tooLong(v13, 500)) return false;
  }
  const v14 = v.object;
  if (v14 !== "treasury.outbound_transfer") return false;
  const v15 = v.returned_details;
  if (v15 !== undefined && v15 !== null) {
    if (!testTreasuryOutboundTransfersResourceReturnedDetails(v15, c))
      return false;
  }
  const v16 = v.statement_descriptor;
  if (typeof v16 !== "string") return false;
  if (v16.length > 5000 && tooLong(v16, 5000)) return false;
  const v17 = v.status;
  if (!e1.has(v17)) return false;
  const v18 = v.status_transitions;
  if (!testTreasuryOutboundTransfersResourceStatusTransitions(v18, c))
    return false;
  const v19 = v.transaction;
  if (v19 === undefined || v19 === null) return false;
  if (typeof v19 === "string") {
    if (v19.length > 5000 && tooLong(v19, 5000)) return false;
  } else if (isObject(v19)) {
    if (!testTreasuryTransaction(v19, c)) return false;
  } else {
    return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    cancelable: req(bool()),
    created: req(int("unix-time")),
    currency: req(str()),
    description: opt(nul(str())),
    destination_payment_method: opt(nul(str())),
    destination_payment_method_details: req(
      ref(OutboundTransfersPaymentMethodDetails),
    ),
    expected_arrival_date: req(int("unix-time")),
    financial_account: req(str()),
    hosted_regulatory_receipt_url: opt(nul(str())),
    id: req(str()),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    object: req(oneOf(e0)),
    returned_details: opt(
      nul(ref(TreasuryOutboundTransfersResourceReturnedDetails)),
    ),
    statement_descriptor: req(str()),
    status: req(oneOf(e1)),
    status_transitions: req(
      ref(TreasuryOutboundTransfersResourceStatusTransitions),
    ),
    transaction: req(union(str(), ref(TreasuryTransaction))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury.outbound_transfer",
  branch: "treasury.outbound_transfer",
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
  schema as TreasuryOutboundTransfer,
  validateInput as validateTreasuryOutboundTransfer,
  isValid as isTreasuryOutboundTransfer,
  check as checkTreasuryOutboundTransfer,
  test as testTreasuryOutboundTransfer,
};
