import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, list, obj, oneOf, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TreasuryFinancialAccountsResourceTogglesSettingStatusDetails,
  checkTreasuryFinancialAccountsResourceTogglesSettingStatusDetails,
  testTreasuryFinancialAccountsResourceTogglesSettingStatusDetails,
} from "./treasury_financial_accounts_resource_toggles_setting_status_details.js";

const e0 = /* @__PURE__ */ set(["active", "pending", "restricted"]);
const k0 = /* @__PURE__ */ set(["requested", "status", "status_details"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.requested;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["requested"], v0, ok);
  } else {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["requested"], "boolean", v0);
    }
  }
  const v1 = v.status;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["status"], v1, ok);
  } else {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["status"], e0, v1, ok);
    }
  }
  const v2 = v.status_details;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["status_details"], v2, ok);
  } else {
    if (!isArray(v2)) {
      ok = wrongType(c, ["status_details"], "array", v2);
    } else {
      for (let i0 = 0; i0 < v2.length; i0++) {
        const v3 = v2[i0];
        ok = into(
          c,
          checkTreasuryFinancialAccountsResourceTogglesSettingStatusDetails,
          v3,
          ok,
          "status_details",
          i0,
        );
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
  const v0 = v.requested;
  if (typeof v0 !== "boolean") return false;
  const v1 = v.status;
  if (!e0.has(v1)) return false;
  const v2 = v.status_details;
  if (!isArray(v2)) return false;
  for (let i0 = 0; i0 < v2.length; i0++) {
    const v3 = v2[i0];
    if (
      !testTreasuryFinancialAccountsResourceTogglesSettingStatusDetails(v3, c)
    )
      return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    requested: req(bool()),
    status: req(oneOf(e0)),
    status_details: req(
      list(ref(TreasuryFinancialAccountsResourceTogglesSettingStatusDetails)),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_financial_accounts_resource_aba_toggle_settings",
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
  schema as TreasuryFinancialAccountsResourceAbaToggleSettings,
  validateInput as validateTreasuryFinancialAccountsResourceAbaToggleSettings,
  isValid as isTreasuryFinancialAccountsResourceAbaToggleSettings,
  check as checkTreasuryFinancialAccountsResourceAbaToggleSettings,
  test as testTreasuryFinancialAccountsResourceAbaToggleSettings,
};
