import {
  deeper,
  enter,
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
import { obj, oneOf, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["stripe"]);
const k0 = /* @__PURE__ */ set(["id", "network"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.id;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["id"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["id"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["id"], 5000, v0);
    }
  }
  const v1 = v.network;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["network"], v1, ok);
  } else {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["network"], e0, v1, ok);
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
  const v0 = v.id;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.network;
  if (v1 !== "stripe") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ id: req(str()), network: req(oneOf(e0)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "outbound_payments_payment_method_details_financial_account",
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
  schema as OutboundPaymentsPaymentMethodDetailsFinancialAccount,
  validateInput as validateOutboundPaymentsPaymentMethodDetailsFinancialAccount,
  isValid as isOutboundPaymentsPaymentMethodDetailsFinancialAccount,
  check as checkOutboundPaymentsPaymentMethodDetailsFinancialAccount,
  test as testOutboundPaymentsPaymentMethodDetailsFinancialAccount,
};
