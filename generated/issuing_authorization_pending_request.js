import {
  deeper,
  enter,
  into,
  isInt,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, int, nul, obj, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  IssuingAuthorizationAmountDetails,
  checkIssuingAuthorizationAmountDetails,
  testIssuingAuthorizationAmountDetails,
} from "./issuing_authorization_amount_details.js";

const k0 = /* @__PURE__ */ set([
  "amount",
  "amount_details",
  "currency",
  "is_amount_controllable",
  "merchant_amount",
  "merchant_currency",
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
  const v2 = v.currency;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["currency"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["currency"], "string", v2);
    }
  }
  const v3 = v.is_amount_controllable;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["is_amount_controllable"], v3, ok);
  } else {
    if (typeof v3 !== "boolean") {
      ok = wrongType(c, ["is_amount_controllable"], "boolean", v3);
    }
  }
  const v4 = v.merchant_amount;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["merchant_amount"], v4, ok);
  } else {
    if (!isInt(v4)) {
      ok = wrongType(c, ["merchant_amount"], "integer", v4);
    }
  }
  const v5 = v.merchant_currency;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["merchant_currency"], v5, ok);
  } else {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["merchant_currency"], "string", v5);
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
  const v2 = v.currency;
  if (typeof v2 !== "string") return false;
  const v3 = v.is_amount_controllable;
  if (typeof v3 !== "boolean") return false;
  const v4 = v.merchant_amount;
  if (!isInt(v4)) return false;
  const v5 = v.merchant_currency;
  if (typeof v5 !== "string") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    amount_details: opt(nul(ref(IssuingAuthorizationAmountDetails))),
    currency: req(str()),
    is_amount_controllable: req(bool()),
    merchant_amount: req(int()),
    merchant_currency: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_authorization_pending_request",
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
  schema as IssuingAuthorizationPendingRequest,
  validateInput as validateIssuingAuthorizationPendingRequest,
  isValid as isIssuingAuthorizationPendingRequest,
  check as checkIssuingAuthorizationPendingRequest,
  test as testIssuingAuthorizationPendingRequest,
};
