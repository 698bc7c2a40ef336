import {
  deeper,
  enter,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "account_type",
  "application_cryptogram",
  "application_preferred_name",
  "authorization_code",
  "authorization_response_code",
  "cardholder_verification_method",
  "dedicated_file_name",
  "terminal_verification_results",
  "transaction_status_information",
]);
const e0 = /* @__PURE__ */ set(["checking", "savings", "unknown"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.account_type;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["account_type"], "string", v0);
    }
  }
  const v1 = v.application_cryptogram;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["application_cryptogram"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["application_cryptogram"], 5000, v1);
    }
  }
  const v2 = v.application_preferred_name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["application_preferred_name"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["application_preferred_name"], 5000, v2);
    }
  }
  const v3 = v.authorization_code;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["authorization_code"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["authorization_code"], 5000, v3);
    }
  }
  const v4 = v.authorization_response_code;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["authorization_response_code"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["authorization_response_code"], 5000, v4);
    }
  }
  const v5 = v.cardholder_verification_method;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["cardholder_verification_method"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["cardholder_verification_method"], 5000, v5);
    }
  }
  const v6 = v.dedicated_file_name;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["dedicated_file_name"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["dedicated_file_name"], 5000, v6);
    }
  }
  const v7 = v.terminal_verification_results;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["terminal_verification_results"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["terminal_verification_results"], 5000, v7);
    }
  }
  const v8 = v.transaction_status_information;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["transaction_status_information"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["transaction_status_information"], 5000, v8);
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
  const v0 = v.account_type;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") return false;
  }
  const v1 = v.application_cryptogram;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.application_preferred_name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.authorization_code;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.authorization_response_code;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.cardholder_verification_method;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.dedicated_file_name;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.terminal_verification_results;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.transaction_status_information;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    account_type: opt(oneOf(e0, true)),
    application_cryptogram: opt(nul(str())),
    application_preferred_name: opt(nul(str())),
    authorization_code: opt(nul(str())),
    authorization_response_code: opt(nul(str())),
    cardholder_verification_method: opt(nul(str())),
    dedicated_file_name: opt(nul(str())),
    terminal_verification_results: opt(nul(str())),
    transaction_status_information: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_details_interac_present_receipt",
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
  schema as PaymentMethodDetailsInteracPresentReceipt,
  validateInput as validatePaymentMethodDetailsInteracPresentReceipt,
  isValid as isPaymentMethodDetailsInteracPresentReceipt,
  check as checkPaymentMethodDetailsInteracPresentReceipt,
  test as testPaymentMethodDetailsInteracPresentReceipt,
};
