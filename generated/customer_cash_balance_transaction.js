import {
  deeper,
  enter,
  into,
  isInt,
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
import {
  bool,
  int,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Customer, checkCustomer, testCustomer } from "./customer.js";
import {
  CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft,
  checkCustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft,
  testCustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft,
} from "./customer_balance_resource_cash_balance_transaction_resource_adjusted_for_overdraft.js";
import {
  CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction,
  checkCustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction,
  testCustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction,
} from "./customer_balance_resource_cash_balance_transaction_resource_applied_to_payment_transaction.js";
import {
  CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction,
  checkCustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction,
  testCustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction,
} from "./customer_balance_resource_cash_balance_transaction_resource_funded_transaction.js";
import {
  CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction,
  checkCustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction,
  testCustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction,
} from "./customer_balance_resource_cash_balance_transaction_resource_refunded_from_payment_transaction.js";
import {
  CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction,
  checkCustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction,
  testCustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction,
} from "./customer_balance_resource_cash_balance_transaction_resource_unapplied_from_payment_transaction.js";

const e0 = /* @__PURE__ */ set(["customer_cash_balance_transaction"]);
const e1 = /* @__PURE__ */ set([
  "adjusted_for_overdraft",
  "applied_to_payment",
  "funded",
  "funding_reversed",
  "refunded_from_payment",
  "return_canceled",
  "return_initiated",
  "unapplied_from_payment",
]);
const k0 = /* @__PURE__ */ set([
  "adjusted_for_overdraft",
  "applied_to_payment",
  "created",
  "currency",
  "customer",
  "ending_balance",
  "funded",
  "id",
  "livemode",
  "net_amount",
  "object",
  "refunded_from_payment",
  "type",
  "unapplied_from_payment",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.adjusted_for_overdraft;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkCustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft,
      v0,
      ok,
      "adjusted_for_overdraft",
    );
  }
  const v1 = v.applied_to_payment;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkCustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction,
      v1,
      ok,
      "applied_to_payment",
    );
  }
  const v2 = v.created;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["created"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["created"], "integer", v2);
    }
  }
  const v3 = v.currency;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["currency"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["currency"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["currency"], 5000, v3);
    }
  }
  const v4 = v.customer;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["customer"], v4, ok);
  } else {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) {
        ok = longFail(c, ["customer"], 5000, v4);
      }
    } else if (isObject(v4)) {
      ok = into(c, checkCustomer, v4, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v4);
    }
  }
  const v5 = v.ending_balance;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["ending_balance"], v5, ok);
  } else {
    if (!isInt(v5)) {
      ok = wrongType(c, ["ending_balance"], "integer", v5);
    }
  }
  const v6 = v.funded;
  if (v6 !== undefined) {
    ok = into(
      c,
      checkCustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction,
      v6,
      ok,
      "funded",
    );
  }
  const v7 = v.id;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["id"], v7, ok);
  } else {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["id"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["id"], 5000, v7);
    }
  }
  const v8 = v.livemode;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["livemode"], v8, ok);
  } else {
    if (typeof v8 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v8);
    }
  }
  const v9 = v.net_amount;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["net_amount"], v9, ok);
  } else {
    if (!isInt(v9)) {
      ok = wrongType(c, ["net_amount"], "integer", v9);
    }
  }
  const v10 = v.object;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["object"], v10, ok);
  } else {
    if (!e0.has(v10)) {
      ok = notInEnum(c, ["object"], e0, v10, ok);
    }
  }
  const v11 = v.refunded_from_payment;
  if (v11 !== undefined) {
    ok = into(
      c,
      checkCustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction,
      v11,
      ok,
      "refunded_from_payment",
    );
  }
  const v12 = v.type;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["type"], v12, ok);
  } else {
    if (!e1.has(v12)) {
      ok = notInEnum(c, ["type"], e1, v12, ok);
    }
  }
  const v13 = v.unapplied_from_payment;
  if (v13 !== undefined) {
    ok = into(
      c,
      checkCustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction,
      v13,
      ok,
      "unapplied_from_payment",
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
  const v0 = v.adjusted_for_overdraft;
  if (v0 !== undefined) {
    if (
      !testCustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft(
        v0,
        c,
      )
    )
      return false;
  }
  const v1 = v.applied_to_payment;
  if (v1 !== undefined) {
    if (
      !testCustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction(
        v1,
        c,
      )
    )
      return false;
  }
  const v2 = v.created;
  if (!isInt(v2)) return false;
  const v3 = v.currency;
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  const v4 = v.customer;
  if (v4 === undefined || v4 === null) return false;
  if (typeof v4 === "string") {
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  } else if (isObject(v4)) {
    if (!testCustomer(v4, c)) return false;
  } else {
    return false;
  }
  const v5 = v.ending_balance;
  if (!isInt(v5)) return false;
  const v6 = v.funded;
  if (v6 !== undefined) {
    if (
      !testCustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction(
        v6,
        c,
      )
    )
      return false;
  }
  const v7 = v.id;
  if (typeof v7 !== "string") return false;
  if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  const v8 = v.livemode;
  if (typeof v8 !== "boolean") return false;
  const v9 = v.net_amount;
  if (!isInt(v9)) return false;
  const v10 = v.object;
  if (v10 !== "customer_cash_balance_transaction") return false;
  const v11 = v.refunded_from_payment;
  if (v11 !== undefined) {
    if (
      !testCustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction(
        v11,
        c,
      )
    )
      return false;
  }
  const v12 = v.type;
  if (!e1.has(v12)) return false;
  const v13 = v.unapplied_from_payment;
  if (v13 !== undefined) {
    if (
      !testCustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction(
        v13,
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
    adjusted_for_overdraft: opt(
      ref(
        CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft,
      ),
    ),
    applied_to_payment: opt(
      ref(
        CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction,
      ),
    ),
    created: req(int("unix-time")),
    currency: req(str()),
    customer: req(union(str(), ref(Customer))),
    ending_balance: req(int()),
    funded: opt(
      ref(
        CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction,
      ),
    ),
    id: req(str()),
    livemode: req(bool()),
    net_amount: req(int()),
    object: req(oneOf(e0)),
    refunded_from_payment: opt(
      ref(
        CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction,
      ),
    ),
    type: req(oneOf(e1)),
    unapplied_from_payment: opt(
      ref(
        CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction,
      ),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "customer_cash_balance_transaction",
  branch: "customer_cash_balance_transaction",
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
  schema as CustomerCashBalanceTransaction,
  validateInput as validateCustomerCashBalanceTransaction,
  isValid as isCustomerCashBalanceTransaction,
  check as checkCustomerCashBalanceTransaction,
  test as testCustomerCashBalanceTransaction,
};
