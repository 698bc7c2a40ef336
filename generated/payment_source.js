import { branches, into, isObject, wrongType } from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { ref, union } from "./runtime/shape.js";
import { Account } from "./account.js";
import { BankAccount } from "./bank_account.js";
import { Card } from "./card.js";
import { Source } from "./source.js";

const d0 = branches(() => [Account, BankAccount, Card, Source]);

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
export { schema as PaymentSource };
