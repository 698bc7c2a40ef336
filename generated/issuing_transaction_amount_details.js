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

const k0 = /* @__PURE__ */ set(["atm_fee", "cashback_amount"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.atm_fee;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["atm_fee"], "integer", v0);
    }
  }
  const v1 = v.cashback_amount;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["cashback_amount"], "integer", v1);
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
  const v0 = v.atm_fee;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.cashback_amount;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ atm_fee: opt(nul(int())), cashback_amount: opt(nul(int())) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_transaction_amount_details",
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
  schema as IssuingTransactionAmountDetails,
  validateInput as validateIssuingTransactionAmountDetails,
  isValid as isIssuingTransactionAmountDetails,
  check as checkIssuingTransactionAmountDetails,
  test as testIssuingTransactionAmountDetails,
};
