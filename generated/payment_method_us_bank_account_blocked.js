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

const e0 = /* @__PURE__ */ set([
  "R02",
  "R03",
  "R04",
  "R05",
  "R07",
  "R08",
  "R10",
  "R11",
  "R16",
  "R20",
  "R29",
  "R31",
]);
const e1 = /* @__PURE__ */ set([
  "bank_account_closed",
  "bank_account_frozen",
  "bank_account_invalid_details",
  "bank_account_restricted",
  "bank_account_unusable",
  "debit_not_authorized",
]);
const k0 = /* @__PURE__ */ set(["network_code", "reason"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.network_code;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["network_code"], e0, v0, ok);
    }
  }
  const v1 = v.reason;
  if (v1 !== undefined && v1 !== null) {
    if (!e1.has(v1)) {
      ok = notInEnum(c, ["reason"], e1, v1, ok);
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
  const v0 = v.network_code;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) return false;
  }
  const v1 = v.reason;
  if (v1 !== undefined && v1 !== null) {
    if (!e1.has(v1)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    network_code: opt(nul(oneOf(e0))),
    reason: opt(nul(oneOf(e1))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_us_bank_account_blocked",
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
  schema as PaymentMethodUsBankAccountBlocked,
  validateInput as validatePaymentMethodUsBankAccountBlocked,
  isValid as isPaymentMethodUsBankAccountBlocked,
  check as checkPaymentMethodUsBankAccountBlocked,
  test as testPaymentMethodUsBankAccountBlocked,
};
