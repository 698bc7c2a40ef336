import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt, ref, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentMethodUsBankAccountStatusDetails,
  checkPaymentMethodUsBankAccountStatusDetails,
  testPaymentMethodUsBankAccountStatusDetails,
} from "./payment_method_us_bank_account_status_details.js";
import {
  UsBankAccountNetworks,
  checkUsBankAccountNetworks,
  testUsBankAccountNetworks,
} from "./us_bank_account_networks.js";

const e0 = /* @__PURE__ */ set(["company", "individual"]);
const e1 = /* @__PURE__ */ set(["checking", "savings"]);
const k0 = /* @__PURE__ */ set([
  "account_holder_type",
  "account_type",
  "bank_name",
  "financial_connections_account",
  "fingerprint",
  "last4",
  "networks",
  "routing_number",
  "status_details",
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
  const v3 = v.financial_connections_account;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["financial_connections_account"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["financial_connections_account"], 5000, v3);
    }
  }
  const v4 = v.fingerprint;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["fingerprint"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["fingerprint"], 5000, v4);
    }
  }
  const v5 = v.last4;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["last4"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["last4"], 5000, v5);
    }
  }
  const v6 = v.networks;
  if (v6 !== undefined && v6 !== null) {
    ok = into(c, checkUsBankAccountNetworks, v6, ok, "networks");
  }
  const v7 = v.routing_number;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["routing_number"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["routing_number"], 5000, v7);
    }
  }
  const v8 = v.status_details;
  if (v8 !== undefined && v8 !== null) {
    ok = into(
      c,
      checkPaymentMethodUsBankAccountStatusDetails,
      v8,
      ok,
      "status_details",
    );
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
  const v3 = v.financial_connections_account;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.fingerprint;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.last4;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.networks;
  if (v6 !== undefined && v6 !== null) {
    if (!testUsBankAccountNetworks(v6, c)) return false;
  }
  const v7 = v.routing_number;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.status_details;
  if (v8 !== undefined && v8 !== null) {
    if (!testPaymentMethodUsBankAccountStatusDetails(v8, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    account_holder_type: opt(nul(oneOf(e0))),
    account_type: opt(nul(oneOf(e1))),
    bank_name: opt(nul(str())),
    financial_connections_account: opt(nul(str())),
    fingerprint: opt(nul(str())),
    last4: opt(nul(str())),
    networks: opt(nul(ref(UsBankAccountNetworks))),
    routing_number: opt(nul(str())),
    status_details: opt(nul(ref(PaymentMethodUsBankAccountStatusDetails))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_us_bank_account",
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
  schema as PaymentMethodUsBankAccount,
  validateInput as validatePaymentMethodUsBankAccount,
  isValid as isPaymentMethodUsBankAccount,
  check as checkPaymentMethodUsBankAccount,
  test as testPaymentMethodUsBankAccount,
};
