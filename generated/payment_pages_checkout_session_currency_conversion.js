import {
  deeper,
  enter,
  isInt,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "amount_subtotal",
  "amount_total",
  "fx_rate",
  "source_currency",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount_subtotal;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["amount_subtotal"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount_subtotal"], "integer", v0);
    }
  }
  const v1 = v.amount_total;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["amount_total"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["amount_total"], "integer", v1);
    }
  }
  const v2 = v.fx_rate;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["fx_rate"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["fx_rate"], "string", v2);
    }
  }
  const v3 = v.source_currency;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["source_currency"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["source_currency"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["source_currency"], 5000, v3);
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
  const v0 = v.amount_subtotal;
  if (!isInt(v0)) return false;
  const v1 = v.amount_total;
  if (!isInt(v1)) return false;
  const v2 = v.fx_rate;
  if (typeof v2 !== "string") return false;
  const v3 = v.source_currency;
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount_subtotal: req(int()),
    amount_total: req(int()),
    fx_rate: req(str("decimal")),
    source_currency: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_pages_checkout_session_currency_conversion",
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
  schema as PaymentPagesCheckoutSessionCurrencyConversion,
  validateInput as validatePaymentPagesCheckoutSessionCurrencyConversion,
  isValid as isPaymentPagesCheckoutSessionCurrencyConversion,
  check as checkPaymentPagesCheckoutSessionCurrencyConversion,
  test as testPaymentPagesCheckoutSessionCurrencyConversion,
};
