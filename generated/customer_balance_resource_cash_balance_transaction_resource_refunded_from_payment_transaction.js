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
import { Refund, checkRefund, testRefund } from "./refund.js";

const k0 = /* @__PURE__ */ set(["refund"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.refund;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["refund"], v0, ok);
  } else {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) {
        ok = longFail(c, ["refund"], 5000, v0);
      }
    } else if (isObject(v0)) {
      ok = into(c, checkRefund, v0, ok, "refund");
    } else {
      ok = wrongType(c, ["refund"], "string | object", v0);
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
  const v0 = v.refund;
  if (v0 === undefined || v0 === null) return false;
  if (typeof v0 === "string") {
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  } else if (isObject(v0)) {
    if (!testRefund(v0, c)) return false;
  } else {
    return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ refund: req(union(str(), ref(Refund))) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "customer_balance_resource_cash_balance_transaction_resource_refunded_from_payment_transaction",
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
  schema as CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction,
  validateInput as validateCustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction,
  isValid as isCustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction,
  check as checkCustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction,
  test as testCustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction,
};
