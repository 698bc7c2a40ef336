import {
  deeper,
  enter,
  isObject,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["restricted", "unrestricted"]);
const k0 = /* @__PURE__ */ set(["inbound_flows", "outbound_flows"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.inbound_flows;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["inbound_flows"], e0, v0, ok);
    }
  }
  const v1 = v.outbound_flows;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["outbound_flows"], e0, v1, ok);
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
  const v0 = v.inbound_flows;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) return false;
  }
  const v1 = v.outbound_flows;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    inbound_flows: opt(nul(oneOf(e0))),
    outbound_flows: opt(nul(oneOf(e0))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_financial_accounts_resource_platform_restrictions",
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
  schema as TreasuryFinancialAccountsResourcePlatformRestrictions,
  validateInput as validateTreasuryFinancialAccountsResourcePlatformRestrictions,
  isValid as isTreasuryFinancialAccountsResourcePlatformRestrictions,
  check as checkTreasuryFinancialAccountsResourcePlatformRestrictions,
  test as testTreasuryFinancialAccountsResourcePlatformRestrictions,
};
