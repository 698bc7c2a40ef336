import {
  deeper,
  enter,
  entry,
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

const k3 = /* @__PURE__ */ set(["cash", "inbound_pending", "outbound_pending"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.cash;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["cash"], v0, ok);
  } else {
    if (!isObject(v0)) {
      ok = wrongType(c, ["cash"], "object", v0);
    } else {
      for (const k0 of Object.keys(v0)) {
        const v1 = entry(v0, k0);
        if (!isInt(v1)) {
          ok = wrongType(c, ["cash", k0], "integer", v1);
        }
      }
    }
  }
  const v2 = v.inbound_pending;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["inbound_pending"], v2, ok);
  } else {
    if (!isObject(v2)) {
      ok = wrongType(c, ["inbound_pending"], "object", v2);
    } else {
      for (const k1 of Object.keys(v2)) {
        const v3 = entry(v2, k1);
        if (!isInt(v3)) {
          ok = wrongType(c, ["inbound_pending", k1], "integer", v3);
        }
      }
    }
  }
  const v4 = v.outbound_pending;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["outbound_pending"], v4, ok);
  } else {
    if (!isObject(v4)) {
      ok = wrongType(c, ["outbound_pending"], "object", v4);
    } else {
      for (const k2 of Object.keys(v4)) {
        const v5 = entry(v4, k2);
        if (!isInt(v5)) {
          ok = wrongType(c, ["outbound_pending", k2], "integer", v5);
        }
      }
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k3, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.cash;
  if (!isObject(v0)) return false;
  for (const k4 of Object.keys(v0)) {
    const v1 = entry(v0, k4);
    if (!isInt(v1)) return false;
  }
  const v2 = v.inbound_pending;
  if (!isObject(v2)) return false;
  for (const k5 of Object.keys(v2)) {
    const v3 = entry(v2, k5);
    if (!isInt(v3)) return false;
  }
  const v4 = v.outbound_pending;
  if (!isObject(v4)) return false;
  for (const k6 of Object.keys(v4)) {
    const v5 = entry(v4, k6);
    if (!isInt(v5)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    cash: req(obj({}, int())),
    inbound_pending: req(obj({}, int())),
    outbound_pending: req(obj({}, int())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_financial_accounts_resource_balance",
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
  schema as TreasuryFinancialAccountsResourceBalance,
  validateInput as validateTreasuryFinancialAccountsResourceBalance,
  isValid as isTreasuryFinancialAccountsResourceBalance,
  check as checkTreasuryFinancialAccountsResourceBalance,
  test as testTreasuryFinancialAccountsResourceBalance,
};
