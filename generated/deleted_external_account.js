import { branches, into, isObject, wrongType } from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { ref, union } from "./runtime/shape.js";
import { DeletedBankAccount } from "./deleted_bank_account.js";
import { DeletedCard } from "./deleted_card.js";

const d0 = branches(() => [DeletedBankAccount, DeletedCard]);

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
  return union(ref(DeletedBankAccount), ref(DeletedCard));
}

const schema = /* @__PURE__ */ defineSchema({
  name: "deleted_external_account",
  check,
  shape,
});
export { schema as DeletedExternalAccount };
