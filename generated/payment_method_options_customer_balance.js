import {
  deeper,
  enter,
  into,
  isObject,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentMethodOptionsCustomerBalanceBankTransfer,
  checkPaymentMethodOptionsCustomerBalanceBankTransfer,
  testPaymentMethodOptionsCustomerBalanceBankTransfer,
} from "./payment_method_options_customer_balance_bank_transfer.js";

const e0 = /* @__PURE__ */ set(["bank_transfer"]);
const e1 = /* @__PURE__ */ set(["none"]);
const k0 = /* @__PURE__ */ set([
  "bank_transfer",
  "funding_type",
  "setup_future_usage",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.bank_transfer;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkPaymentMethodOptionsCustomerBalanceBankTransfer,
      v0,
      ok,
      "bank_transfer",
    );
  }
  const v1 = v.funding_type;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["funding_type"], e0, v1, ok);
    }
  }
  const v2 = v.setup_future_usage;
  if (v2 !== undefined) {
    if (!e1.has(v2)) {
      ok = notInEnum(c, ["setup_future_usage"], e1, v2, ok);
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
  const v0 = v.bank_transfer;
  if (v0 !== undefined) {
    if (!testPaymentMethodOptionsCustomerBalanceBankTransfer(v0, c))
      return false;
  }
  const v1 = v.funding_type;
  if (v1 !== undefined && v1 !== null) {
    if (v1 !== "bank_transfer") return false;
  }
  const v2 = v.setup_future_usage;
  if (v2 !== undefined) {
    if (v2 !== "none") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    bank_transfer: opt(ref(PaymentMethodOptionsCustomerBalanceBankTransfer)),
    funding_type: opt(nul(oneOf(e0))),
    setup_future_usage: opt(oneOf(e1)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_options_customer_balance",
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
  schema as PaymentMethodOptionsCustomerBalance,
  validateInput as validatePaymentMethodOptionsCustomerBalance,
  isValid as isPaymentMethodOptionsCustomerBalance,
  check as checkPaymentMethodOptionsCustomerBalance,
  test as testPaymentMethodOptionsCustomerBalance,
};
