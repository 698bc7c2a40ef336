import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, ref, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaypalSellerProtection,
  checkPaypalSellerProtection,
  testPaypalSellerProtection,
} from "./paypal_seller_protection.js";

const k0 = /* @__PURE__ */ set([
  "payer_email",
  "payer_id",
  "payer_name",
  "seller_protection",
  "transaction_id",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.payer_email;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["payer_email"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["payer_email"], 5000, v0);
    }
  }
  const v1 = v.payer_id;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["payer_id"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["payer_id"], 5000, v1);
    }
  }
  const v2 = v.payer_name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["payer_name"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["payer_name"], 5000, v2);
    }
  }
  const v3 = v.seller_protection;
  if (v3 !== undefined && v3 !== null) {
    ok = into(c, checkPaypalSellerProtection, v3, ok, "seller_protection");
  }
  const v4 = v.transaction_id;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["transaction_id"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["transaction_id"], 5000, v4);
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
  const v0 = v.payer_email;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.payer_id;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.payer_name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.seller_protection;
  if (v3 !== undefined && v3 !== null) {
    if (!testPaypalSellerProtection(v3, c)) return false;
  }
  const v4 = v.transaction_id;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    payer_email: opt(nul(str())),
    payer_id: opt(nul(str())),
    payer_name: opt(nul(str())),
    seller_protection: opt(nul(ref(PaypalSellerProtection))),
    transaction_id: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_details_paypal",
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
  schema as PaymentMethodDetailsPaypal,
  validateInput as validatePaymentMethodDetailsPaypal,
  isValid as isPaymentMethodDetailsPaypal,
  check as checkPaymentMethodDetailsPaypal,
  test as testPaymentMethodDetailsPaypal,
};
