import { branches, into, isObject, wrongType } from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { ref, union } from "./runtime/shape.js";
import { BankAccount } from "./bank_account.js";
import { Card } from "./card.js";

const d0 = branches(() => [BankAccount, Card]);

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
  return union(ref(BankAccount), ref(Card));
}

const schema = /* @__PURE__ */ defineSchema({
  name: "external_account",
  check,
  shape,
});
export { schema as ExternalAccount };
