import {
  deeper,
  enter,
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
  TreasuryTransaction,
  checkTreasuryTransaction,
  testTreasuryTransaction,
} from "./treasury.transaction.js";
import {
  TreasuryReceivedCreditsResourceLinkedFlows,
  checkTreasuryReceivedCreditsResourceLinkedFlows,
  testTreasuryReceivedCreditsResourceLinkedFlows,
} from "./treasury_received_credits_resource_linked_flows.js";
import {
  TreasuryReceivedCreditsResourceReversalDetails,
  checkTreasuryReceivedCreditsResourceReversalDetails,
  testTreasuryReceivedCreditsResourceReversalDetails,
} from "./treasury_received_credits_resource_reversal_details.js";
import {
  TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails,
  checkTreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails,
  testTreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails,
} from "./treasury_shared_resource_initiating_payment_method_details_initiating_payment_method_details.js";

const e0 = /* @__PURE__ */ set(["treasury.received_credit"]);
const k0 = /* @__PURE__ */ set([
  "amount",
  "created",
  "currency",
  "description",
  "failure_code",
  "financial_account",
  "hosted_regulatory_receipt_url",
  "id",
  "initiating_payment_method_details",
  "linked_flows",
  "livemode",
  "network",
  "object",
  "reversal_details",
  "status",
  "transaction",
]);
const e1 = /* @__PURE__ */ set(["account_closed", "account_frozen", "other"]);
const e2 = /* @__PURE__ */ set(["ach", "card", "stripe", "us_domestic_wire"]);
const e3 = /* @__PURE__ */ set(["failed", "succeeded"]);

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
  const v1 = v.created;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["created"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["created"], "integer", v1);
    }
  }
  const v2 = v.currency;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["currency"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["currency"], "string", v2);
    }
  }
  const v3 = v.description;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["description"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["description"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["description"], 5000, v3);
    }
  }
  const v4 = v.failure_code;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["failure_code"], "string", v4);
    }
  }
  const v5 = v.financial_account;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["financial_account"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["financial_account"], 5000, v5);
    }
  }
  const v6 = v.hosted_regulatory_receipt_url;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["hosted_regulatory_receipt_url"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["hosted_regulatory_receipt_url"], 5000, v6);
    }
  }
  const v7 = v.id;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["id"], v7, ok);
  } else {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["id"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["id"], 5000, v7);
    }
  }
  const v8 = v.initiating_payment_method_details;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["initiating_payment_method_details"], v8, ok);
  } else {
    ok = into(
      c,
      checkTreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails,
      v8,
      ok,
      "initiating_payment_method_details",
    );
  }
  const v9 = v.linked_flows;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["linked_flows"], v9, ok);
  } else {
    ok = into(
      c,
      checkTreasuryReceivedCreditsResourceLinkedFlows,
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
  const v11 = v.network;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["network"], v11, ok);
  } else {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["network"], "string", v11);
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
  const v13 = v.reversal_details;
  if (v13 !== undefined && v13 !== null) {
    ok = into(
      c,
      checkTreasuryReceivedCreditsResourceReversalDetails,
      v13,
      ok,
      "reversal_details",
    );
  }
  const v14 = v.status;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["status"], v14, ok);
  } else {
    if (typeof v14 !== "string") {
      ok = wrongType(c, ["status"], "string", v14);
    }
  }
  const v15 = v.transaction;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 === "string") {
      if (v15.length > 5000 && tooLong(v15, 5000)) {
        ok = longFail(c, ["transaction"], 5000, v15);
      }
    } else if (isObject(v15)) {
      ok = into(c, checkTreasuryTransaction, v15, ok, "transaction");
    } else {
      ok = wrongType(c, ["transaction"], "string | object", v15);
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
  const v1 = v.created;
  if (!isInt(v1)) return false;
  const v2 = v.currency;
  if (typeof v2 !== "string") return false;
  const v3 = v.description;
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  const v4 = v.failure_code;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
  }
  const v5 = v.financial_account;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.hosted_regulatory_receipt_url;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.id;
  if (typeof v7 !== "string") return false;
  if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  const v8 = v.initiating_payment_method_details;
  if (
    !testTreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails(
      v8,
      c,
    )
  )
    return false;
  const v9 = v.linked_flows;
  if (!testTreasuryReceivedCreditsResourceLinkedFlows(v9, c)) return false;
  const v10 = v.livemode;
  if (typeof v10 !== "boolean") return false;
  const v11 = v.network;
  if (typeof v11 !== "string") return false;
  const v12 = v.object;
  if (v12 !== "treasury.received_credit") return false;
  const v13 = v.reversal_details;
  if (v13 !== undefined && v13 !== null) {
    if (!testTreasuryReceivedCreditsResourceReversalDetails(v13, c))
      return false;
  }
  const v14 = v.status;
  if (typeof v14 !== "string") return false;
  const v15 = v.transaction;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 === "string") {
      if (v15.length > 5000 && tooLong(v15, 5000)) return false;
    } else if (isObject(v15)) {
      if (!testTreasuryTransaction(v15, c)) return false;
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
    created: req(int("unix-time")),
    currency: req(str()),
    description: req(str()),
    failure_code: opt(nul(oneOf(e1, true))),
    financial_account: opt(nul(str())),
    hosted_regulatory_receipt_url: opt(nul(str())),
    id: req(str()),
    initiating_payment_method_details: req(
      ref(
        TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails,
      ),
    ),
    linked_flows: req(ref(TreasuryReceivedCreditsResourceLinkedFlows)),
    livemode: req(bool()),
    network: req(oneOf(e2, true)),
    object: req(oneOf(e0)),
    reversal_details: opt(
      nul(ref(TreasuryReceivedCreditsResourceReversalDetails)),
    ),
    status: req(oneOf(e3, true)),
    transaction: opt(nul(union(str(), ref(TreasuryTransaction)))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury.received_credit",
  branch: "treasury.received_credit",
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
  schema as TreasuryReceivedCredit,
  validateInput as validateTreasuryReceivedCredit,
  isValid as isTreasuryReceivedCredit,
  check as checkTreasuryReceivedCredit,
  test as testTreasuryReceivedCredit,
};
