import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  OutboundTransfersPaymentMethodDetailsUsBankAccount,
  checkOutboundTransfersPaymentMethodDetailsUsBankAccount,
  testOutboundTransfersPaymentMethodDetailsUsBankAccount,
} from "./outbound_transfers_payment_method_details_us_bank_account.js";
import {
  TreasurySharedResourceBillingDetails,
  checkTreasurySharedResourceBillingDetails,
  testTreasurySharedResourceBillingDetails,
} from "./treasury_shared_resource_billing_details.js";

const k0 = /* @__PURE__ */ set(["billing_details", "type", "us_bank_account"]);
const e0 = /* @__PURE__ */ set(["us_bank_account"]);

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
  const v1 = v.type;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["type"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["type"], "string", v1);
    }
  }
  const v2 = v.us_bank_account;
  if (v2 !== undefined) {
    ok = into(
      c,
      checkOutboundTransfersPaymentMethodDetailsUsBankAccount,
      v2,
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
  const v1 = v.type;
  if (typeof v1 !== "string") return false;
  const v2 = v.us_bank_account;
  if (v2 !== undefined) {
    if (!testOutboundTransfersPaymentMethodDetailsUsBankAccount(v2, c))
      return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    billing_details: req(ref(TreasurySharedResourceBillingDetails)),
    type: req(oneOf(e0, true)),
    us_bank_account: opt(
      ref(OutboundTransfersPaymentMethodDetailsUsBankAccount),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "outbound_transfers_payment_method_details",
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
  schema as OutboundTransfersPaymentMethodDetails,
  validateInput as validateOutboundTransfersPaymentMethodDetails,
  isValid as isOutboundTransfersPaymentMethodDetails,
  check as checkOutboundTransfersPaymentMethodDetails,
  test as testOutboundTransfersPaymentMethodDetails,
};
