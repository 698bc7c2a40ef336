import { branches, into, isObject, wrongType } from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { ref, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Account, checkAccount } from "./account.js";
import { BankAccount, checkBankAccount } from "./bank_account.js";
import { Card, checkCard } from "./card.js";
import { Source, checkSource } from "./source.js";

const d0 = branches(() => [
  ["account", checkAccount, "account"],
  ["bank_account", checkBankAccount, "bank_account"],
  ["card", checkCard, "card"],
  ["source", checkSource, "source"],
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

function shape() {
  return union(ref(Account), ref(BankAccount), ref(Card), ref(Source));
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_source",
  check,
  shape,
});

function validateInput(input, options) {
  return validate(check, input, options);
}

function isValid(input) {
  return is(check, input);
}

export {
  schema as PaymentSource,
  validateInput as validatePaymentSource,
  isValid as isPaymentSource,
  check as checkPaymentSource,
};
