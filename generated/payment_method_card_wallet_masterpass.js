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
import { Address, checkAddress, testAddress } from "./address.js";

const k0 = /* @__PURE__ */ set([
  "billing_address",
  "email",
  "name",
  "shipping_address",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.billing_address;
  if (v0 !== undefined && v0 !== null) {
    ok = into(c, checkAddress, v0, ok, "billing_address");
  }
  const v1 = v.email;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["email"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["email"], 5000, v1);
    }
  }
  const v2 = v.name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["name"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["name"], 5000, v2);
    }
  }
  const v3 = v.shipping_address;
  if (v3 !== undefined && v3 !== null) {
    ok = into(c, checkAddress, v3, ok, "shipping_address");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.billing_address;
  if (v0 !== undefined && v0 !== null) {
    if (!testAddress(v0, c)) return false;
  }
  const v1 = v.email;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.shipping_address;
  if (v3 !== undefined && v3 !== null) {
    if (!testAddress(v3, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    billing_address: opt(nul(ref(Address))),
    email: opt(nul(str())),
    name: opt(nul(str())),
    shipping_address: opt(nul(ref(Address))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_card_wallet_masterpass",
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
  schema as PaymentMethodCardWalletMasterpass,
  validateInput as validatePaymentMethodCardWalletMasterpass,
  isValid as isPaymentMethodCardWalletMasterpass,
  check as checkPaymentMethodCardWalletMasterpass,
  test as testPaymentMethodCardWalletMasterpass,
};
