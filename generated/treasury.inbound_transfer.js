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
  InboundTransfers,
  checkInboundTransfers,
  testInboundTransfers,
} from "./inbound_transfers.js";
import {
  TreasuryTransaction,
  checkTreasuryTransaction,
  testTreasuryTransaction,
} from "./treasury.transaction.js";
import {
  TreasuryInboundTransfersResourceFailureDetails,
  checkTreasuryInboundTransfersResourceFailureDetails,
  testTreasuryInboundTransfersResourceFailureDetails,
} from "./treasury_inbound_transfers_resource_failure_details.js";
import {
  TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows,
  checkTreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows,
  testTreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows,
} from "./treasury_inbound_transfers_resource_inbound_transfer_resource_linked_flows.js";
import {
  TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions,
  checkTreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions,
  testTreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions,
} from "./treasury_inbound_transfers_resource_inbound_transfer_resource_status_transitions.js";

const e0 = /* @__PURE__ */ set(["treasury.inbound_transfer"]);
const e1 = /* @__PURE__ */ set([
  "canceled",
  "failed",
  "processing",
  "succeeded",
]);
const k1 = /* @__PURE__ */ set([
  "amount",
  "cancelable",
  "created",
  "currency",
  "description",
  "failure_details",
  "financial_account",
  "hosted_regulatory_receipt_url",
  "id",
  "linked_flows",
  "livemode",
  "metadata",
  "object",
  "origin_payment_method",
  "origin_payment_method_details",
  "returned",
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
  const v5 = v.failure_details;
  if (v5 !== undefined && v5 !== null) {
    ok = into(
      c,
      checkTreasuryInboundTransfersResourceFailureDetails,
      v5,
      ok,
      "failure_details",
    );
  }
  const v6 = v.financial_account;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["financial_account"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["financial_account"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["financial_account"], 5000, v6);
    }
  }
  const v7 = v.hosted_regulatory_receipt_url;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["hosted_regulatory_receipt_url"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["hosted_regulatory_receipt_url"], 5000, v7);
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
  const v9 = v.linked_flows;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["linked_flows"], v9, ok);
  } else {
    ok = into(
      c,
      checkTreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows,
      v9,
      ok,
      "linked_flows",
    );
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
  const v14 = v.origin_payment_method;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["origin_payment_method"], v14, ok);
  } else {
    if (typeof v14 !== "string") {
      ok = wrongType(c, ["origin_payment_method"], "string", v14);
    } else if (v14.length > 5000 && tooLong(v14, 5000)) {
      ok = longFail(c, ["origin_payment_method"], 5000, v14);
    }
  }
  const v15 = v.origin_payment_method_details;
  if (v15 !== undefined && v15 !== null) {
    ok = into(
      c,
      checkInboundTransfers,
      v15,
      ok,
      "origin_payment_method_details",
    );
  }
  const v16 = v.returned;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "boolean") {
      ok = wrongType(c, ["returned"], "boolean", v16);
    }
  }
  const v17 = v.statement_descriptor;
  if (v17 === undefined || v17 === null) {
    ok = missing(c, ["statement_descriptor"], v17, ok);
  } else {
    if (typeof v17 !== "string") {
      ok = wrongType(c, ["statement_descriptor"], "string", v17);
    } else if (v17.length > 5000 && tooLong(v17, 5000)) {
      ok = longFail(c, ["statement_descriptor"], 5000, v17);
    }
  }
  const v18 = v.status;
  if (v18 === undefined || v18 === null) {
    ok = missing(c, ["status"], v18, ok);
  } else {
    if (!e1.has(v18)) {
      ok = notInEnum(c, ["status"], e1, v18, ok);
    }
  }
  const v19 = v.status_transitions;
  if (v19 === undefined || v19 === null) {
    ok = missing(c, ["status_transitions"], v19, ok);
  } else {
    ok = into(
      c,
      checkTreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions,
      v19,
      ok,
      "status_transitions",
    );
  }
  const v20 = v.transaction;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 === "string") {
      if (v20.length > 5000 && tooLong(v20, 5000)) {
        ok = longFail(c, ["transaction"], 5000, v20);
      }
    } else if (isObject(v20)) {
      ok = into(c, checkTreasuryTransaction, v20, ok, "transaction");
    } else {
      ok = wrongType(c, ["transaction"], "string | object", v20);
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
  const v5 = v.failure_details;
  if (v5 !== undefined && v5 !== null) {
    if (!testTreasuryInboundTransfersResourceFailureDetails(v5, c))
      return false;
  }
  const v6 = v.financial_account;
  if (typeof v6 !== "string") return false;
  if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  const v7 = v.hosted_regulatory_receipt_url;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.id;
  if (typeof v8 !== "string") return false;
  if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  const v9 = v.linked_flows;
  if (
    !testTreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows(
      v9,
      c,
    )
  )
    return false;
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
  if (v13 !== "treasury.inbound_transfer") return false;
  const v14 = v.origin_payment_method;
  if (typeof v14 !== "string") return false;
  if (v14.length > 5000 && tooLong(v14, 5000)) return false;
  const v15 = v.origin_payment_method_details;
  if (v15 !== undefined && v15 !== null) {
    if (!testInboundTransfers(v15, c)) return false;
  }
  const v16 = v.returned;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "boolean") return false;
  }
  const v17 = v.statement_descriptor;
  if (typeof v17 !== "string") return false;
  if (v17.length > 5000 && tooLong(v17, 5000)) return false;
  const v18 = v.status;
  if (!e1.has(v18)) return false;
  const v19 = v.status_transitions;
  if (
    !testTreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions(
      v19,
      c,
    )
  )
    return false;
  const v20 = v.transaction;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 === "string") {
      if (v20.length > 5000 && tooLong(v20, 5000)) return false;
    } else if (isObject(v20)) {
      if (!testTreasuryTransaction(v20, c)) return false;
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
    cancelable: req(bool()),
    created: req(int("unix-time")),
    currency: req(str()),
    description: opt(nul(str())),
    failure_details: opt(
      nul(ref(TreasuryInboundTransfersResourceFailureDetails)),
    ),
    financial_account: req(str()),
    hosted_regulatory_receipt_url: opt(nul(str())),
    id: req(str()),
    linked_flows: req(
      ref(TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows),
    ),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    object: req(oneOf(e0)),
    origin_payment_method: req(str()),
    origin_payment_method_details: opt(nul(ref(InboundTransfers))),
    returned: opt(nul(bool())),
    statement_descriptor: req(str()),
    status: req(oneOf(e1)),
    status_transitions: req(
      ref(
        TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions,
      ),
    ),
    transaction: opt(nul(union(str(), ref(TreasuryTransaction)))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury.inbound_transfer",
  branch: "treasury.inbound_transfer",
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
  schema as TreasuryInboundTransfer,
  validateInput as validateTreasuryInboundTransfer,
  isValid as isTreasuryInboundTransfer,
  check as checkTreasuryInboundTransfer,
  test as testTreasuryInboundTransfer,
};
