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
  OutboundPaymentsPaymentMethodDetails,
  checkOutboundPaymentsPaymentMethodDetails,
  testOutboundPaymentsPaymentMethodDetails,
} from "./outbound_payments_payment_method_details.js";
import {
  TreasuryTransaction,
  checkTreasuryTransaction,
  testTreasuryTransaction,
} from "./treasury.transaction.js";
import {
  TreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails,
  checkTreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails,
  testTreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails,
} from "./treasury_outbound_payments_resource_outbound_payment_resource_end_user_details.js";
import {
  TreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions,
  checkTreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions,
  testTreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions,
} from "./treasury_outbound_payments_resource_outbound_payment_resource_status_transitions.js";
import {
  TreasuryOutboundPaymentsResourceReturnedStatus,
  checkTreasuryOutboundPaymentsResourceReturnedStatus,
  testTreasuryOutboundPaymentsResourceReturnedStatus,
} from "./treasury_outbound_payments_resource_returned_status.js";

const e0 = /* @__PURE__ */ set(["treasury.outbound_payment"]);
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
  "customer",
  "description",
  "destination_payment_method",
  "destination_payment_method_details",
  "end_user_details",
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
  const v4 = v.customer;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["customer"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["customer"], 5000, v4);
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
  const v6 = v.destination_payment_method;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["destination_payment_method"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["destination_payment_method"], 5000, v6);
    }
  }
  const v7 = v.destination_payment_method_details;
  if (v7 !== undefined && v7 !== null) {
    ok = into(
      c,
      checkOutboundPaymentsPaymentMethodDetails,
      v7,
      ok,
      "destination_payment_method_details",
    );
  }
  const v8 = v.end_user_details;
  if (v8 !== undefined && v8 !== null) {
    ok = into(
      c,
      checkTreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails,
      v8,
      ok,
      "end_user_details",
    );
  }
  const v9 = v.expected_arrival_date;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["expected_arrival_date"], v9, ok);
  } else {
    if (!isInt(v9)) {
      ok = wrongType(c, ["expected_arrival_date"], "integer", v9);
    }
  }
  const v10 = v.financial_account;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["financial_account"], v10, ok);
  } else {
    if (typeof v10 !== "string") {
      ok = wrongType(c, ["financial_account"], "string", v10);
    } else if (v10.length > 5000 && tooLong(v10, 5000)) {
      ok = longFail(c, ["financial_account"], 5000, v10);
    }
  }
  const v11 = v.hosted_regulatory_receipt_url;
  if (v11 !== undefined && v11 !== null) {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["hosted_regulatory_receipt_url"], "string", v11);
    } else if (v11.length > 5000 && tooLong(v11, 5000)) {
      ok = longFail(c, ["hosted_regulatory_receipt_url"], 5000, v11);
    }
  }
  const v12 = v.id;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["id"], v12, ok);
  } else {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["id"], "string", v12);
    } else if (v12.length > 5000 && tooLong(v12, 5000)) {
      ok = longFail(c, ["id"], 5000, v12);
    }
  }
  const v13 = v.livemode;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["livemode"], v13, ok);
  } else {
    if (typeof v13 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v13);
    }
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
  const v17 = v.returned_details;
  if (v17 !== undefined && v17 !== null) {
    ok = into(
      c,
      checkTreasuryOutboundPaymentsResourceReturnedStatus,
      v17,
      ok,
      "returned_details",
    );
  }
  const v18 = v.statement_descriptor;
  if (v18 === undefined || v18 === null) {
    ok = missing(c, ["statement_descriptor"], v18, ok);
  } else {
    if (typeof v18 !== "string") {
      ok = wrongType(c, ["statement_descriptor"], "string", v18);
    } else if (v18.length > 5000 && tooLong(v18, 5000)) {
      ok = longFail(c, ["statement_descriptor"], 5000, v18);
    }
  }
  const v19 = v.status;
  if (v19 === undefined || v19 === null) {
    ok = missing(c, ["status"], v19, ok);
  } else {
    if (!e1.has(v19)) {
      ok = notInEnum(c, ["status"], e1, v19, ok);
    }
  }
  const v20 = v.status_transitions;
  if (v20 === undefined || v20 === null) {
    ok = missing(c, ["status_transitions"], v20, ok);
  } else {
    ok = into(
      c,
      checkTreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions,
      v20,
      ok,
      "status_transitions",
    );
  }
  const v21 = v.transaction;
  if (v21 === undefined || v21 === null) {
    ok = missing(c, ["transaction"], v21, ok);
  } else {
    if (typeof v21 === "string") {
      if (v21.length > 5000 && tooLong(v21, 5000)) {
        ok = longFail(c, ["transaction"], 5000, v21);
      }
    } else if (isObject(v21)) {
      ok = into(c, checkTreasuryTransaction, v21, ok, "transaction");
    } else {
      ok = wrongType(c, ["transaction"], "string | object", v21);
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
  const v4 = v.customer;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.description;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.destination_payment_method;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.destination_payment_method_details;
  if (v7 !== undefined && v7 !== null) {
    if (!testOutboundPaymentsPaymentMethodDetails(v7, c)) return false;
  }
  const v8 = v.end_user_details;
  if (v8 !== undefined && v8 !== null) {
    if (
      !testTreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails(
        v8,
        c,
      )
    )
      return false;
  }
  const v9 = v.expected_arrival_date;
  if (!isInt(v9)) return false;
  const v10 = v.financial_account;
  if (typeof v10 !== "string") return false;
  if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  const v11 = v.hosted_regulatory_receipt_url;
  if (v11 !== undefined && v11 !== null) {
    if (typeof v11 !== "string") return false;
    if (v11.length > 5000 && tooLong(v11, 5000)) return false;
  }
  const v12 = v.id;
  if (typeof v12 !== "string") return false;
  if (v12.length > 5000 && tooLong(v12, 5000)) return false;
  const v13 = v.livemode;
  if (typeof v13 !== "boolean") return false;
  const v14 = v.metadata;
  if (!isObject(v14)) return false;
  for (const k2 of Object.keys(v14)) {
    const v15 = entry(v14, k2);
    if (typeof v15 !== "string") return false;
    if (v15.length > 500 && tooLong(v15, 500)) return false;
  }
  const v16 = v.object;
  if (v16 !== "treasury.outbound_payment") return false;
  const v17 = v.returned_details;
  if (v17 !== undefined && v17 !== null) {
    if (!testTreasuryOutboundPaymentsResourceReturnedStatus(v17, c))
      return false;
  }
  const v18 = v.statement_descriptor;
  if (typeof v18 !== "string") return false;
  if (v18.length > 5000 && tooLong(v18, 5000)) return false;
  const v19 = v.status;
  if (!e1.has(v19)) return false;
  const v20 = v.status_transitions;
  if (
    !testTreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions(
      v20,
      c,
    )
  )
    return false;
  const v21 = v.transaction;
  if (v21 === undefined || v21 === null) return false;
  if (typeof v21 === "string") {
    if (v21.length > 5000 && tooLong(v21, 5000)) return false;
  } else if (isObject(v21)) {
    if (!testTreasuryTransaction(v21, c)) return false;
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
    customer: opt(nul(str())),
    description: opt(nul(str())),
    destination_payment_method: opt(nul(str())),
    destination_payment_method_details: opt(
      nul(ref(OutboundPaymentsPaymentMethodDetails)),
    ),
    end_user_details: opt(
      nul(
        ref(
          TreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails,
        ),
      ),
    ),
    expected_arrival_date: req(int("unix-time")),
    financial_account: req(str()),
    hosted_regulatory_receipt_url: opt(nul(str())),
    id: req(str()),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    object: req(oneOf(e0)),
    returned_details: opt(
      nul(ref(TreasuryOutboundPaymentsResourceReturnedStatus)),
    ),
    statement_descriptor: req(str()),
    status: req(oneOf(e1)),
    status_transitions: req(
      ref(
        TreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions,
      ),
    ),
    transaction: req(union(str(), ref(TreasuryTransaction))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury.outbound_payment",
  branch: "treasury.outbound_payment",
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
  schema as TreasuryOutboundPayment,
  validateInput as validateTreasuryOutboundPayment,
  isValid as isTreasuryOutboundPayment,
  check as checkTreasuryOutboundPayment,
  test as testTreasuryOutboundPayment,
};
