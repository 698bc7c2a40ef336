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
import {
  DeletedBankAccount,
  checkDeletedBankAccount,
  testDeletedBankAccount,
} from "./deleted_bank_account.js";
import {
  DeletedCard,
  checkDeletedCard,
  testDeletedCard,
} from "./deleted_card.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["deleted_bank_account", checkDeletedBankAccount, "bank_account#deleted"],
  ["deleted_card", checkDeletedCard, "card#deleted"],
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testDeletedBankAccount, "bank_account#deleted"],
  [testDeletedCard, "card#deleted"],
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
  return union(ref(DeletedBankAccount), ref(DeletedCard));
}

const schema = /* @__PURE__ */ defineSchema({
  name: "deleted_external_account",
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
  schema as DeletedExternalAccount,
  validateInput as validateDeletedExternalAccount,
  isValid as isDeletedExternalAccount,
  check as checkDeletedExternalAccount,
  test as testDeletedExternalAccount,
};
