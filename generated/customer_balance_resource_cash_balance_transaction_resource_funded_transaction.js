import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer,
  checkCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer,
  testCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer,
} from "./customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer.js";

const k0 = /* @__PURE__ */ set(["bank_transfer"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.bank_transfer;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["bank_transfer"], v0, ok);
  } else {
    ok = into(
      c,
      checkCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer,
      v0,
      ok,
      "bank_transfer",
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
  const v0 = v.bank_transfer;
  if (
    !testCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer(
      v0,
      c,
    )
  )
    return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    bank_transfer: req(
      ref(
        CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer,
      ),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "customer_balance_resource_cash_balance_transaction_resource_funded_transaction",
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
  schema as CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction,
  validateInput as validateCustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction,
  isValid as isCustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction,
  check as checkCustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction,
  test as testCustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction,
};
