import {
  deeper,
  enter,
  isInt,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["posted_at", "void_at"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.posted_at;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["posted_at"], "integer", v0);
    }
  }
  const v1 = v.void_at;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["void_at"], "integer", v1);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.posted_at;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.void_at;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    posted_at: opt(nul(int("unix-time"))),
    void_at: opt(nul(int("unix-time"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_transactions_resource_abstract_transaction_resource_status_transitions",
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
  schema as TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions,
  validateInput as validateTreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions,
  isValid as isTreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions,
  check as checkTreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions,
  test as testTreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions,
};
