import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  OutboundPaymentsPaymentMethodDetailsFinancialAccount,
  checkOutboundPaymentsPaymentMethodDetailsFinancialAccount,
  testOutboundPaymentsPaymentMethodDetailsFinancialAccount,
} from "./outbound_payments_payment_method_details_financial_account.js";
import {
  OutboundPaymentsPaymentMethodDetailsUsBankAccount,
  checkOutboundPaymentsPaymentMethodDetailsUsBankAccount,
  testOutboundPaymentsPaymentMethodDetailsUsBankAccount,
} from "./outbound_payments_payment_method_details_us_bank_account.js";
import {
  TreasurySharedResourceBillingDetails,
  checkTreasurySharedResourceBillingDetails,
  testTreasurySharedResourceBillingDetails,
} from "./treasury_shared_resource_billing_details.js";

const e0 = /* @__PURE__ */ set(["financial_account", "us_bank_account"]);
const k0 = /* @__PURE__ */ set([
  "billing_details",
  "financial_account",
  "type",
  "us_bank_account",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.billing_details;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["billing_details"], v0, ok);
  } else {
    ok = into(
      c,
      checkTreasurySharedResourceBillingDetails,
      v0,
      ok,
      "billing_details",
    );
  }
  const v1 = v.financial_account;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkOutboundPaymentsPaymentMethodDetailsFinancialAccount,
      v1,
      ok,
      "financial_account",
    );
  }
  const v2 = v.type;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["type"], v2, ok);
  } else {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["type"], e0, v2, ok);
    }
  }
  const v3 = v.us_bank_account;
  if (v3 !== undefined) {
    ok = into(
      c,
      checkOutboundPaymentsPaymentMethodDetailsUsBankAccount,
      v3,
      ok,
      "us_bank_account",
    );
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.billing_details;
  if (!testTreasurySharedResourceBillingDetails(v0, c)) return false;
  const v1 = v.financial_account;
  if (v1 !== undefined) {
    if (!testOutboundPaymentsPaymentMethodDetailsFinancialAccount(v1, c))
      return false;
  }
  const v2 = v.type;
  if (!e0.has(v2)) return false;
  const v3 = v.us_bank_account;
  if (v3 !== undefined) {
    if (!testOutboundPaymentsPaymentMethodDetailsUsBankAccount(v3, c))
      return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    billing_details: req(ref(TreasurySharedResourceBillingDetails)),
    financial_account: opt(
      ref(OutboundPaymentsPaymentMethodDetailsFinancialAccount),
    ),
    type: req(oneOf(e0)),
    us_bank_account: opt(
      ref(OutboundPaymentsPaymentMethodDetailsUsBankAccount),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "outbound_payments_payment_method_details",
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
  schema as OutboundPaymentsPaymentMethodDetails,
  validateInput as validateOutboundPaymentsPaymentMethodDetails,
  isValid as isOutboundPaymentsPaymentMethodDetails,
  check as checkOutboundPaymentsPaymentMethodDetails,
  test as testOutboundPaymentsPaymentMethodDetails,
};
