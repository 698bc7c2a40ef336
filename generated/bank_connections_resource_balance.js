import {
  deeper,
  enter,
  entry,
  into,
  isInt,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  BankConnectionsResourceBalanceApiResourceCashBalance,
  checkBankConnectionsResourceBalanceApiResourceCashBalance,
  testBankConnectionsResourceBalanceApiResourceCashBalance,
} from "./bank_connections_resource_balance_api_resource_cash_balance.js";
import {
  BankConnectionsResourceBalanceApiResourceCreditBalance,
  checkBankConnectionsResourceBalanceApiResourceCreditBalance,
  testBankConnectionsResourceBalanceApiResourceCreditBalance,
} from "./bank_connections_resource_balance_api_resource_credit_balance.js";

const e0 = /* @__PURE__ */ set(["cash", "credit"]);
const k1 = /* @__PURE__ */ set(["as_of", "cash", "credit", "current", "type"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.as_of;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["as_of"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["as_of"], "integer", v0);
    }
  }
  const v1 = v.cash;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkBankConnectionsResourceBalanceApiResourceCashBalance,
      v1,
      ok,
      "cash",
    );
  }
  const v2 = v.credit;
  if (v2 !== undefined) {
    ok = into(
      c,
      checkBankConnectionsResourceBalanceApiResourceCreditBalance,
      v2,
      ok,
      "credit",
    );
  }
  const v3 = v.current;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["current"], v3, ok);
  } else {
    if (!isObject(v3)) {
      ok = wrongType(c, ["current"], "object", v3);
    } else {
      for (const k0 of Object.keys(v3)) {
        const v4 = entry(v3, k0);
        if (!isInt(v4)) {
          ok = wrongType(c, ["current", k0], "integer", v4);
        }
      }
    }
  }
  const v5 = v.type;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["type"], v5, ok);
  } else {
    if (!e0.has(v5)) {
      ok = notInEnum(c, ["type"], e0, v5, ok);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.as_of;
  if (!isInt(v0)) return false;
  const v1 = v.cash;
  if (v1 !== undefined) {
    if (!testBankConnectionsResourceBalanceApiResourceCashBalance(v1, c))
      return false;
  }
  const v2 = v.credit;
  if (v2 !== undefined) {
    if (!testBankConnectionsResourceBalanceApiResourceCreditBalance(v2, c))
      return false;
  }
  const v3 = v.current;
  if (!isObject(v3)) return false;
  for (const k2 of Object.keys(v3)) {
    const v4 = entry(v3, k2);
    if (!isInt(v4)) return false;
  }
  const v5 = v.type;
  if (!e0.has(v5)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    as_of: req(int("unix-time")),
    cash: opt(ref(BankConnectionsResourceBalanceApiResourceCashBalance)),
    credit: opt(ref(BankConnectionsResourceBalanceApiResourceCreditBalance)),
    current: req(obj({}, int())),
    type: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "bank_connections_resource_balance",
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
  schema as BankConnectionsResourceBalance,
  validateInput as validateBankConnectionsResourceBalance,
  isValid as isBankConnectionsResourceBalance,
  check as checkBankConnectionsResourceBalance,
  test as testBankConnectionsResourceBalance,
};
