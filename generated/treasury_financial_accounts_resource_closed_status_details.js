import {
  deeper,
  enter,
  full,
  isArray,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, obj, oneOf, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "account_rejected",
  "closed_by_platform",
  "other",
]);
const k0 = /* @__PURE__ */ set(["reasons"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.reasons;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["reasons"], v0, ok);
  } else {
    if (!isArray(v0)) {
      ok = wrongType(c, ["reasons"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        if (!e0.has(v1)) {
          ok = notInEnum(c, ["reasons", i0], e0, v1, ok);
        }
        if (!ok && full(c)) break;
      }
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
  const v0 = v.reasons;
  if (!isArray(v0)) return false;
  for (let i0 = 0; i0 < v0.length; i0++) {
    const v1 = v0[i0];
    if (!e0.has(v1)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ reasons: req(list(oneOf(e0))) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_financial_accounts_resource_closed_status_details",
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
  schema as TreasuryFinancialAccountsResourceClosedStatusDetails,
  validateInput as validateTreasuryFinancialAccountsResourceClosedStatusDetails,
  isValid as isTreasuryFinancialAccountsResourceClosedStatusDetails,
  check as checkTreasuryFinancialAccountsResourceClosedStatusDetails,
  test as testTreasuryFinancialAccountsResourceClosedStatusDetails,
};
