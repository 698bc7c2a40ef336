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
import { nul, obj, oneOf, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer,
  checkCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer,
  testCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer,
} from "./customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_eu_bank_transfer.js";
import {
  CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceGbBankTransfer,
  checkCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceGbBankTransfer,
  testCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceGbBankTransfer,
} from "./customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_gb_bank_transfer.js";
import {
  CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceJpBankTransfer,
  checkCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceJpBankTransfer,
  testCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceJpBankTransfer,
} from "./customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_jp_bank_transfer.js";
import {
  CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceUsBankTransfer,
  checkCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceUsBankTransfer,
  testCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceUsBankTransfer,
} from "./customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_us_bank_transfer.js";

const k0 = /* @__PURE__ */ set([
  "eu_bank_transfer",
  "gb_bank_transfer",
  "jp_bank_transfer",
  "reference",
  "type",
  "us_bank_transfer",
]);
const e0 = /* @__PURE__ */ set([
  "eu_bank_transfer",
  "gb_bank_transfer",
  "jp_bank_transfer",
  "mx_bank_transfer",
  "us_bank_transfer",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.eu_bank_transfer;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer,
      v0,
      ok,
      "eu_bank_transfer",
    );
  }
  const v1 = v.gb_bank_transfer;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceGbBankTransfer,
      v1,
      ok,
      "gb_bank_transfer",
    );
  }
  const v2 = v.jp_bank_transfer;
  if (v2 !== undefined) {
    ok = into(
      c,
      checkCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceJpBankTransfer,
      v2,
      ok,
      "jp_bank_transfer",
    );
  }
  const v3 = v.reference;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["reference"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["reference"], 5000, v3);
    }
  }
  const v4 = v.type;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["type"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["type"], "string", v4);
    }
  }
  const v5 = v.us_bank_transfer;
  if (v5 !== undefined) {
    ok = into(
      c,
      checkCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceUsBankTransfer,
      v5,
      ok,
      "us_bank_transfer",
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
  const v0 = v.eu_bank_transfer;
  if (v0 !== undefined) {
    if (
      !testCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer(
        v0,
        c,
      )
    )
      return false;
  }
  const v1 = v.gb_bank_transfer;
  if (v1 !== undefined) {
    if (
      !testCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceGbBankTransfer(
        v1,
        c,
      )
    )
      return false;
  }
  const v2 = v.jp_bank_transfer;
  if (v2 !== undefined) {
    if (
      !testCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceJpBankTransfer(
        v2,
        c,
      )
    )
      return false;
  }
  const v3 = v.reference;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.type;
  if (typeof v4 !== "string") return false;
  const v5 = v.us_bank_transfer;
  if (v5 !== undefined) {
    if (
      !testCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceUsBankTransfer(
        v5,
        c,
      )
    )
      return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    eu_bank_transfer: opt(
      ref(
        CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer,
      ),
    ),
    gb_bank_transfer: opt(
      ref(
        CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceGbBankTransfer,
      ),
    ),
    jp_bank_transfer: opt(
      ref(
        CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceJpBankTransfer,
      ),
    ),
    reference: opt(nul(str())),
    type: req(oneOf(e0, true)),
    us_bank_transfer: opt(
      ref(
        CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceUsBankTransfer,
      ),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer",
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
  schema as CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer,
  validateInput as validateCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer,
  isValid as isCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer,
  check as checkCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer,
  test as testCustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer,
};
