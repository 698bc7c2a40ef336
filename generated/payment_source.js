import {
  branchTests,
  branches,
  into,
  isObject,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { ref, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Account, checkAccount, testAccount } from "./account.js";
import {
  BankAccount,
  checkBankAccount,
  testBankAccount,
} from "./bank_account.js";
import { Card, checkCard, testCard } from "./card.js";
import { Source, checkSource, testSource } from "./source.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["account", checkAccount, "account"],
  ["bank_account", checkBankAccount, "bank_account"],
  ["card", checkCard, "card"],
  ["source", checkSource, "source"],
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testAccount, "account"],
  [testBankAccount, "bank_account"],
  [testCard, "card"],
  [testSource, "source"],
]);

function check(v, c) {
  let ok = true;
  if (isObject(v)) {
    ok = into(c, d0, v, ok);
  } else {
    ok = wrongType(c, [], "object", v);
  }
  return ok;
}

function test(v, c) {
  if (isObject(v)) {
    if (!d1(v, c)) return false;
  } else {
    return false;
  }
  return true;
}

function shape() {
  return union(ref(Account), ref(BankAccount), ref(Card), ref(Source));
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_source",
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
  schema as PaymentSource,
  validateInput as validatePaymentSource,
  isValid as isPaymentSource,
  check as checkPaymentSource,
  test as testPaymentSource,
};
