import {
  deeper,
  enter,
  into,
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
import { obj, oneOf, opt, ref, req, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Account, checkAccount, testAccount } from "./account.js";
import { Customer, checkCustomer, testCustomer } from "./customer.js";

const e0 = /* @__PURE__ */ set(["account", "customer"]);
const k0 = /* @__PURE__ */ set(["account", "customer", "type"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.account;
  if (v0 !== undefined) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) {
        ok = longFail(c, ["account"], 5000, v0);
      }
    } else if (isObject(v0)) {
      ok = into(c, checkAccount, v0, ok, "account");
    } else {
      ok = wrongType(c, ["account"], "string | object", v0);
    }
  }
  const v1 = v.customer;
  if (v1 !== undefined) {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) {
        ok = longFail(c, ["customer"], 5000, v1);
      }
    } else if (isObject(v1)) {
      ok = into(c, checkCustomer, v1, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v1);
    }
  }
  const v2 = v.type;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["type"], v2, ok);
  } else {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["type"], e0, v2, ok);
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
  const v0 = v.account;
  if (v0 !== undefined) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) return false;
    } else if (isObject(v0)) {
      if (!testAccount(v0, c)) return false;
    } else {
      return false;
    }
  }
  const v1 = v.customer;
  if (v1 !== undefined) {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) return false;
    } else if (isObject(v1)) {
      if (!testCustomer(v1, c)) return false;
    } else {
      return false;
    }
  }
  const v2 = v.type;
  if (!e0.has(v2)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    account: opt(union(str(), ref(Account))),
    customer: opt(union(str(), ref(Customer))),
    type: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "bank_connections_resource_accountholder",
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
  schema as BankConnectionsResourceAccountholder,
  validateInput as validateBankConnectionsResourceAccountholder,
  isValid as isBankConnectionsResourceAccountholder,
  check as checkBankConnectionsResourceAccountholder,
  test as testBankConnectionsResourceAccountholder,
};
