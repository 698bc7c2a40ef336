import {
  deeper,
  enter,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["inbound_flows", "outbound_flows"]);
const k0 = /* @__PURE__ */ set(["code", "resolution", "restriction"]);
const e1 = /* @__PURE__ */ set([
  "activating",
  "capability_not_requested",
  "financial_account_closed",
  "rejected_other",
  "rejected_unsupported_business",
  "requirements_past_due",
  "requirements_pending_verification",
  "restricted_by_platform",
  "restricted_other",
]);
const e2 = /* @__PURE__ */ set([
  "contact_stripe",
  "provide_information",
  "remove_restriction",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.code;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["code"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["code"], "string", v0);
    }
  }
  const v1 = v.resolution;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["resolution"], "string", v1);
    }
  }
  const v2 = v.restriction;
  if (v2 !== undefined) {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["restriction"], e0, v2, ok);
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
  const v0 = v.code;
  if (typeof v0 !== "string") return false;
  const v1 = v.resolution;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v.restriction;
  if (v2 !== undefined) {
    if (!e0.has(v2)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    code: req(oneOf(e1, true)),
    resolution: opt(nul(oneOf(e2, true))),
    restriction: opt(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_financial_accounts_resource_toggles_setting_status_details",
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
  schema as TreasuryFinancialAccountsResourceTogglesSettingStatusDetails,
  validateInput as validateTreasuryFinancialAccountsResourceTogglesSettingStatusDetails,
  isValid as isTreasuryFinancialAccountsResourceTogglesSettingStatusDetails,
  check as checkTreasuryFinancialAccountsResourceTogglesSettingStatusDetails,
  test as testTreasuryFinancialAccountsResourceTogglesSettingStatusDetails,
};
