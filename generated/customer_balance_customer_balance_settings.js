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
import { bool, obj, oneOf, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["automatic", "manual"]);
const k0 = /* @__PURE__ */ set([
  "reconciliation_mode",
  "using_merchant_default",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.reconciliation_mode;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["reconciliation_mode"], v0, ok);
  } else {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["reconciliation_mode"], e0, v0, ok);
    }
  }
  const v1 = v.using_merchant_default;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["using_merchant_default"], v1, ok);
  } else {
    if (typeof v1 !== "boolean") {
      ok = wrongType(c, ["using_merchant_default"], "boolean", v1);
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
  const v0 = v.reconciliation_mode;
  if (!e0.has(v0)) return false;
  const v1 = v.using_merchant_default;
  if (typeof v1 !== "boolean") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    reconciliation_mode: req(oneOf(e0)),
    using_merchant_default: req(bool()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "customer_balance_customer_balance_settings",
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
  schema as CustomerBalanceCustomerBalanceSettings,
  validateInput as validateCustomerBalanceCustomerBalanceSettings,
  isValid as isCustomerBalanceCustomerBalanceSettings,
  check as checkCustomerBalanceCustomerBalanceSettings,
  test as testCustomerBalanceCustomerBalanceSettings,
};
