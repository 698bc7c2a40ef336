import { branches, into, isObject, wrongType } from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { ref, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  DeletedBankAccount,
  checkDeletedBankAccount,
} from "./deleted_bank_account.js";
import { DeletedCard, checkDeletedCard } from "./deleted_card.js";

const d0 = branches(() => [
  ["deleted_bank_account", checkDeletedBankAccount, "bank_account#deleted"],
  ["deleted_card", checkDeletedCard, "card#deleted"],
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
  return union(ref(DeletedBankAccount), ref(DeletedCard));
}

const schema = /* @__PURE__ */ defineSchema({
  name: "deleted_external_account",
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
  schema as DeletedExternalAccount,
  validateInput as validateDeletedExternalAccount,
  isValid as isDeletedExternalAccount,
  check as checkDeletedExternalAccount,
};
