import {
  deeper,
  enter,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "account_number",
  "bank_name",
  "fingerprint",
  "refund_account_holder_name",
  "refund_account_holder_type",
  "refund_routing_number",
  "routing_number",
  "swift_code",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.account_number;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["account_number"], "string", v0);
    }
  }
  const v1 = v.bank_name;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["bank_name"], "string", v1);
    }
  }
  const v2 = v.fingerprint;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["fingerprint"], "string", v2);
    }
  }
  const v3 = v.refund_account_holder_name;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["refund_account_holder_name"], "string", v3);
    }
  }
  const v4 = v.refund_account_holder_type;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["refund_account_holder_type"], "string", v4);
    }
  }
  const v5 = v.refund_routing_number;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["refund_routing_number"], "string", v5);
    }
  }
  const v6 = v.routing_number;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["routing_number"], "string", v6);
    }
  }
  const v7 = v.swift_code;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["swift_code"], "string", v7);
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
  const v0 = v.account_number;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
  }
  const v1 = v.bank_name;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v.fingerprint;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
  }
  const v3 = v.refund_account_holder_name;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
  }
  const v4 = v.refund_account_holder_type;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
  }
  const v5 = v.refund_routing_number;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
  }
  const v6 = v.routing_number;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
  }
  const v7 = v.swift_code;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    account_number: opt(nul(str())),
    bank_name: opt(nul(str())),
    fingerprint: opt(nul(str())),
    refund_account_holder_name: opt(nul(str())),
    refund_account_holder_type: opt(nul(str())),
    refund_routing_number: opt(nul(str())),
    routing_number: opt(nul(str())),
    swift_code: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source_type_ach_credit_transfer",
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
  schema as SourceTypeAchCreditTransfer,
  validateInput as validateSourceTypeAchCreditTransfer,
  isValid as isSourceTypeAchCreditTransfer,
  check as checkSourceTypeAchCreditTransfer,
  test as testSourceTypeAchCreditTransfer,
};
