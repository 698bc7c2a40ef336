import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, ref, req, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  BalanceTransaction,
  checkBalanceTransaction,
  testBalanceTransaction,
} from "./balance_transaction.js";
import {
  CustomerCashBalanceTransaction,
  checkCustomerCashBalanceTransaction,
  testCustomerCashBalanceTransaction,
} from "./customer_cash_balance_transaction.js";

const k0 = /* @__PURE__ */ set(["balance_transaction", "linked_transaction"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.balance_transaction;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["balance_transaction"], v0, ok);
  } else {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) {
        ok = longFail(c, ["balance_transaction"], 5000, v0);
      }
    } else if (isObject(v0)) {
      ok = into(c, checkBalanceTransaction, v0, ok, "balance_transaction");
    } else {
      ok = wrongType(c, ["balance_transaction"], "string | object", v0);
    }
  }
  const v1 = v.linked_transaction;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["linked_transaction"], v1, ok);
  } else {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) {
        ok = longFail(c, ["linked_transaction"], 5000, v1);
      }
    } else if (isObject(v1)) {
      ok = into(
        c,
        checkCustomerCashBalanceTransaction,
        v1,
        ok,
        "linked_transaction",
      );
    } else {
      ok = wrongType(c, ["linked_transaction"], "string | object", v1);
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
  const v0 = v.balance_transaction;
  if (v0 === undefined || v0 === null) return false;
  if (typeof v0 === "string") {
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  } else if (isObject(v0)) {
    if (!testBalanceTransaction(v0, c)) return false;
  } else {
    return false;
  }
  const v1 = v.linked_transaction;
  if (v1 === undefined || v1 === null) return false;
  if (typeof v1 === "string") {
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  } else if (isObject(v1)) {
    if (!testCustomerCashBalanceTransaction(v1, c)) return false;
  } else {
    return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    balance_transaction: req(union(str(), ref(BalanceTransaction))),
    linked_transaction: req(union(str(), ref(CustomerCashBalanceTransaction))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "customer_balance_resource_cash_balance_transaction_resource_adjusted_for_overdraft",
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
  schema as CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft,
  validateInput as validateCustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft,
  isValid as isCustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft,
  check as checkCustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft,
  test as testCustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft,
};
