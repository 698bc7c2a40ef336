import {
  deeper,
  enter,
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
import { nul, obj, oneOf, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["company", "individual"]);
const e1 = /* @__PURE__ */ set(["checking", "savings"]);
const e2 = /* @__PURE__ */ set(["ach", "us_domestic_wire"]);
const k0 = /* @__PURE__ */ set([
  "account_holder_type",
  "account_type",
  "bank_name",
  "fingerprint",
  "last4",
  "network",
  "routing_number",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.account_holder_type;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["account_holder_type"], e0, v0, ok);
    }
  }
  const v1 = v.account_type;
  if (v1 !== undefined && v1 !== null) {
    if (!e1.has(v1)) {
      ok = notInEnum(c, ["account_type"], e1, v1, ok);
    }
  }
  const v2 = v.bank_name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["bank_name"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["bank_name"], 5000, v2);
    }
  }
  const v3 = v.fingerprint;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["fingerprint"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["fingerprint"], 5000, v3);
    }
  }
  const v4 = v.last4;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["last4"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["last4"], 5000, v4);
    }
  }
  const v5 = v.network;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["network"], v5, ok);
  } else {
    if (!e2.has(v5)) {
      ok = notInEnum(c, ["network"], e2, v5, ok);
    }
  }
  const v6 = v.routing_number;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["routing_number"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["routing_number"], 5000, v6);
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
  const v0 = v.account_holder_type;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) return false;
  }
  const v1 = v.account_type;
  if (v1 !== undefined && v1 !== null) {
    if (!e1.has(v1)) return false;
  }
  const v2 = v.bank_name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.fingerprint;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.last4;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.network;
  if (!e2.has(v5)) return false;
  const v6 = v.routing_number;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    account_holder_type: opt(nul(oneOf(e0))),
    account_type: opt(nul(oneOf(e1))),
    bank_name: opt(nul(str())),
    fingerprint: opt(nul(str())),
    last4: opt(nul(str())),
    network: req(oneOf(e2)),
    routing_number: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "outbound_payments_payment_method_details_us_bank_account",
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
  schema as OutboundPaymentsPaymentMethodDetailsUsBankAccount,
  validateInput as validateOutboundPaymentsPaymentMethodDetailsUsBankAccount,
  isValid as isOutboundPaymentsPaymentMethodDetailsUsBankAccount,
  check as checkOutboundPaymentsPaymentMethodDetailsUsBankAccount,
  test as testOutboundPaymentsPaymentMethodDetailsUsBankAccount,
};
