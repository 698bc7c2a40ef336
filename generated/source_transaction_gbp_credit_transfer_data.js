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
import { obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "fingerprint",
  "funding_method",
  "last4",
  "reference",
  "sender_account_number",
  "sender_name",
  "sender_sort_code",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.fingerprint;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["fingerprint"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["fingerprint"], 5000, v0);
    }
  }
  const v1 = v.funding_method;
  if (v1 !== undefined) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["funding_method"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["funding_method"], 5000, v1);
    }
  }
  const v2 = v.last4;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["last4"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["last4"], 5000, v2);
    }
  }
  const v3 = v.reference;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["reference"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["reference"], 5000, v3);
    }
  }
  const v4 = v.sender_account_number;
  if (v4 !== undefined) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["sender_account_number"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["sender_account_number"], 5000, v4);
    }
  }
  const v5 = v.sender_name;
  if (v5 !== undefined) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["sender_name"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["sender_name"], 5000, v5);
    }
  }
  const v6 = v.sender_sort_code;
  if (v6 !== undefined) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["sender_sort_code"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["sender_sort_code"], 5000, v6);
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
  const v0 = v.fingerprint;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.funding_method;
  if (v1 !== undefined) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.last4;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.reference;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.sender_account_number;
  if (v4 !== undefined) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.sender_name;
  if (v5 !== undefined) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.sender_sort_code;
  if (v6 !== undefined) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    fingerprint: opt(str()),
    funding_method: opt(str()),
    last4: opt(str()),
    reference: opt(str()),
    sender_account_number: opt(str()),
    sender_name: opt(str()),
    sender_sort_code: opt(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source_transaction_gbp_credit_transfer_data",
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
  schema as SourceTransactionGbpCreditTransferData,
  validateInput as validateSourceTransactionGbpCreditTransferData,
  isValid as isSourceTransactionGbpCreditTransferData,
  check as checkSourceTransactionGbpCreditTransferData,
  test as testSourceTransactionGbpCreditTransferData,
};
