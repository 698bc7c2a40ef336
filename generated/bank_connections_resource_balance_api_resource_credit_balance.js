import {
  deeper,
  enter,
  entry,
  isInt,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k1 = /* @__PURE__ */ set(["used"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.used;
  if (v0 !== undefined && v0 !== null) {
    if (!isObject(v0)) {
      ok = wrongType(c, ["used"], "object", v0);
    } else {
      for (const k0 of Object.keys(v0)) {
        const v1 = entry(v0, k0);
        if (!isInt(v1)) {
          ok = wrongType(c, ["used", k0], "integer", v1);
        }
      }
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
  const v0 = v.used;
  if (v0 !== undefined && v0 !== null) {
    if (!isObject(v0)) return false;
    for (const k2 of Object.keys(v0)) {
      const v1 = entry(v0, k2);
      if (!isInt(v1)) return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ used: opt(nul(obj({}, int()))) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "bank_connections_resource_balance_api_resource_credit_balance",
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
  schema as BankConnectionsResourceBalanceApiResourceCreditBalance,
  validateInput as validateBankConnectionsResourceBalanceApiResourceCreditBalance,
  isValid as isBankConnectionsResourceBalanceApiResourceCreditBalance,
  check as checkBankConnectionsResourceBalanceApiResourceCreditBalance,
  test as testBankConnectionsResourceBalanceApiResourceCreditBalance,
};
