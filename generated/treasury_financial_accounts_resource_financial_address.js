import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TreasuryFinancialAccountsResourceAbaRecord,
  checkTreasuryFinancialAccountsResourceAbaRecord,
  testTreasuryFinancialAccountsResourceAbaRecord,
} from "./treasury_financial_accounts_resource_aba_record.js";

const k0 = /* @__PURE__ */ set(["aba", "supported_networks", "type"]);
const e0 = /* @__PURE__ */ set(["ach", "us_domestic_wire"]);
const e1 = /* @__PURE__ */ set(["aba"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.aba;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkTreasuryFinancialAccountsResourceAbaRecord,
      v0,
      ok,
      "aba",
    );
  }
  const v1 = v.supported_networks;
  if (v1 !== undefined) {
    if (!isArray(v1)) {
      ok = wrongType(c, ["supported_networks"], "array", v1);
    } else {
      for (let i0 = 0; i0 < v1.length; i0++) {
        const v2 = v1[i0];
        if (typeof v2 !== "string") {
          ok = wrongType(c, ["supported_networks", i0], "string", v2);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v3 = v.type;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["type"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["type"], "string", v3);
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
  const v0 = v.aba;
  if (v0 !== undefined) {
    if (!testTreasuryFinancialAccountsResourceAbaRecord(v0, c)) return false;
  }
  const v1 = v.supported_networks;
  if (v1 !== undefined) {
    if (!isArray(v1)) return false;
    for (let i0 = 0; i0 < v1.length; i0++) {
      const v2 = v1[i0];
      if (typeof v2 !== "string") return false;
    }
  }
  const v3 = v.type;
  if (typeof v3 !== "string") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    aba: opt(ref(TreasuryFinancialAccountsResourceAbaRecord)),
    supported_networks: opt(list(oneOf(e0, true))),
    type: req(oneOf(e1, true)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_financial_accounts_resource_financial_address",
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
  schema as TreasuryFinancialAccountsResourceFinancialAddress,
  validateInput as validateTreasuryFinancialAccountsResourceFinancialAddress,
  isValid as isTreasuryFinancialAccountsResourceFinancialAddress,
  check as checkTreasuryFinancialAccountsResourceFinancialAddress,
  test as testTreasuryFinancialAccountsResourceFinancialAddress,
};
