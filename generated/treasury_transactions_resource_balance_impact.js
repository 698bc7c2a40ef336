import {
  deeper,
  enter,
  isInt,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["cash", "inbound_pending", "outbound_pending"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.cash;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["cash"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["cash"], "integer", v0);
    }
  }
  const v1 = v.inbound_pending;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["inbound_pending"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["inbound_pending"], "integer", v1);
    }
  }
  const v2 = v.outbound_pending;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["outbound_pending"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["outbound_pending"], "integer", v2);
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
  const v0 = v.cash;
  if (!isInt(v0)) return false;
  const v1 = v.inbound_pending;
  if (!isInt(v1)) return false;
  const v2 = v.outbound_pending;
  if (!isInt(v2)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    cash: req(int()),
    inbound_pending: req(int()),
    outbound_pending: req(int()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_transactions_resource_balance_impact",
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
  schema as TreasuryTransactionsResourceBalanceImpact,
  validateInput as validateTreasuryTransactionsResourceBalanceImpact,
  isValid as isTreasuryTransactionsResourceBalanceImpact,
  check as checkTreasuryTransactionsResourceBalanceImpact,
  test as testTreasuryTransactionsResourceBalanceImpact,
};
