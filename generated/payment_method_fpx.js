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
import { obj, oneOf, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "affin_bank",
  "agrobank",
  "alliance_bank",
  "ambank",
  "bank_islam",
  "bank_muamalat",
  "bank_of_china",
  "bank_rakyat",
  "bsn",
  "cimb",
  "deutsche_bank",
  "hong_leong_bank",
  "hsbc",
  "kfh",
  "maybank2e",
  "maybank2u",
  "ocbc",
  "pb_enterprise",
  "public_bank",
  "rhb",
  "standard_chartered",
  "uob",
]);
const k0 = /* @__PURE__ */ set(["bank"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.bank;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["bank"], v0, ok);
  } else {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["bank"], e0, v0, ok);
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
  const v0 = v.bank;
  if (!e0.has(v0)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ bank: req(oneOf(e0)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_fpx",
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
  schema as PaymentMethodFpx,
  validateInput as validatePaymentMethodFpx,
  isValid as isPaymentMethodFpx,
  check as checkPaymentMethodFpx,
  test as testPaymentMethodFpx,
};
