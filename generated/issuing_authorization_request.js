import {
  deeper,
  enter,
  into,
  isInt,
  isObject,
  longFail,
  missing,
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
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  IssuingAuthorizationAmountDetails,
  checkIssuingAuthorizationAmountDetails,
  testIssuingAuthorizationAmountDetails,
} from "./issuing_authorization_amount_details.js";

const k0 = /* @__PURE__ */ set([
  "amount",
  "amount_details",
  "approved",
  "created",
  "currency",
  "merchant_amount",
  "merchant_currency",
  "reason",
  "reason_message",
]);
const e0 = /* @__PURE__ */ set([
  "account_disabled",
  "card_active",
  "card_inactive",
  "cardholder_inactive",
  "cardholder_verification_required",
  "insufficient_funds",
  "not_allowed",
  "spending_controls",
  "suspected_fraud",
  "verification_failed",
  "webhook_approved",
  "webhook_declined",
  "webhook_error",
  "webhook_timeout",
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
  const v3 = v.created;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["created"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["created"], "integer", v3);
    }
  }
  const v4 = v.currency;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["currency"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["currency"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["currency"], 5000, v4);
    }
  }
  const v5 = v.merchant_amount;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["merchant_amount"], v5, ok);
  } else {
    if (!isInt(v5)) {
      ok = wrongType(c, ["merchant_amount"], "integer", v5);
    }
  }
  const v6 = v.merchant_currency;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["merchant_currency"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["merchant_currency"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["merchant_currency"], 5000, v6);
    }
  }
  const v7 = v.reason;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["reason"], v7, ok);
  } else {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["reason"], "string", v7);
    }
  }
  const v8 = v.reason_message;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["reason_message"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["reason_message"], 5000, v8);
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
  const v1 = v.amount_details;
  if (v1 !== undefined && v1 !== null) {
    if (!testIssuingAuthorizationAmountDetails(v1, c)) return false;
  }
  const v2 = v.approved;
  if (typeof v2 !== "boolean") return false;
  const v3 = v.created;
  if (!isInt(v3)) return false;
  const v4 = v.currency;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.merchant_amount;
  if (!isInt(v5)) return false;
  const v6 = v.merchant_currency;
  if (typeof v6 !== "string") return false;
  if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  const v7 = v.reason;
  if (typeof v7 !== "string") return false;
  const v8 = v.reason_message;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    amount_details: opt(nul(ref(IssuingAuthorizationAmountDetails))),
    approved: req(bool()),
    created: req(int("unix-time")),
    currency: req(str()),
    merchant_amount: req(int()),
    merchant_currency: req(str()),
    reason: req(oneOf(e0, true)),
    reason_message: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_authorization_request",
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
  schema as IssuingAuthorizationRequest,
  validateInput as validateIssuingAuthorizationRequest,
  isValid as isIssuingAuthorizationRequest,
  check as checkIssuingAuthorizationRequest,
  test as testIssuingAuthorizationRequest,
};
