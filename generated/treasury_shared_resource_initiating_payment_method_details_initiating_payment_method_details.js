import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  missing,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  ReceivedPaymentMethodDetailsFinancialAccount,
  checkReceivedPaymentMethodDetailsFinancialAccount,
  testReceivedPaymentMethodDetailsFinancialAccount,
} from "./received_payment_method_details_financial_account.js";
import {
  TreasurySharedResourceBillingDetails,
  checkTreasurySharedResourceBillingDetails,
  testTreasurySharedResourceBillingDetails,
} from "./treasury_shared_resource_billing_details.js";
import {
  TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount,
  checkTreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount,
  testTreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount,
} from "./treasury_shared_resource_initiating_payment_method_details_us_bank_account.js";

const e0 = /* @__PURE__ */ set(["payments"]);
const k0 = /* @__PURE__ */ set([
  "balance",
  "billing_details",
  "financial_account",
  "issuing_card",
  "type",
  "us_bank_account",
]);
const e1 = /* @__PURE__ */ set([
  "balance",
  "financial_account",
  "issuing_card",
  "stripe",
  "us_bank_account",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.balance;
  if (v0 !== undefined) {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["balance"], e0, v0, ok);
    }
  }
  const v1 = v.billing_details;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["billing_details"], v1, ok);
  } else {
    ok = into(
      c,
      checkTreasurySharedResourceBillingDetails,
      v1,
      ok,
      "billing_details",
    );
  }
  const v2 = v.financial_account;
  if (v2 !== undefined) {
    ok = into(
      c,
      checkReceivedPaymentMethodDetailsFinancialAccount,
      v2,
      ok,
      "financial_account",
    );
  }
  const v3 = v.issuing_card;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["issuing_card"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["issuing_card"], 5000, v3);
    }
  }
  const v4 = v.type;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["type"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["type"], "string", v4);
    }
  }
  const v5 = v.us_bank_account;
  if (v5 !== undefined) {
    ok = into(
      c,
      checkTreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount,
      v5,
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
  const v0 = v.balance;
  if (v0 !== undefined) {
    if (v0 !== "payments") return false;
  }
  const v1 = v.billing_details;
  if (!testTreasurySharedResourceBillingDetails(v1, c)) return false;
  const v2 = v.financial_account;
  if (v2 !== undefined) {
    if (!testReceivedPaymentMethodDetailsFinancialAccount(v2, c)) return false;
  }
  const v3 = v.issuing_card;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.type;
  if (typeof v4 !== "string") return false;
  const v5 = v.us_bank_account;
  if (v5 !== undefined) {
    if (
      !testTreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount(
        v5,
        c,
      )
    )
      return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    balance: opt(oneOf(e0)),
    billing_details: req(ref(TreasurySharedResourceBillingDetails)),
    financial_account: opt(ref(ReceivedPaymentMethodDetailsFinancialAccount)),
    issuing_card: opt(str()),
    type: req(oneOf(e1, true)),
    us_bank_account: opt(
      ref(TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_shared_resource_initiating_payment_method_details_initiating_payment_method_details",
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
  schema as TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails,
  validateInput as validateTreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails,
  isValid as isTreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails,
  check as checkTreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails,
  test as testTreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails,
};
