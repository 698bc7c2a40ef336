import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  IssuingCardApplePay,
  checkIssuingCardApplePay,
  testIssuingCardApplePay,
} from "./issuing_card_apple_pay.js";
import {
  IssuingCardGooglePay,
  checkIssuingCardGooglePay,
  testIssuingCardGooglePay,
} from "./issuing_card_google_pay.js";

const k0 = /* @__PURE__ */ set([
  "apple_pay",
  "google_pay",
  "primary_account_identifier",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.apple_pay;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["apple_pay"], v0, ok);
  } else {
    ok = into(c, checkIssuingCardApplePay, v0, ok, "apple_pay");
  }
  const v1 = v.google_pay;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["google_pay"], v1, ok);
  } else {
    ok = into(c, checkIssuingCardGooglePay, v1, ok, "google_pay");
  }
  const v2 = v.primary_account_identifier;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["primary_account_identifier"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["primary_account_identifier"], 5000, v2);
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
  const v0 = v.apple_pay;
  if (!testIssuingCardApplePay(v0, c)) return false;
  const v1 = v.google_pay;
  if (!testIssuingCardGooglePay(v1, c)) return false;
  const v2 = v.primary_account_identifier;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    apple_pay: req(ref(IssuingCardApplePay)),
    google_pay: req(ref(IssuingCardGooglePay)),
    primary_account_identifier: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_card_wallets",
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
  schema as IssuingCardWallets,
  validateInput as validateIssuingCardWallets,
  isValid as isIssuingCardWallets,
  check as checkIssuingCardWallets,
  test as testIssuingCardWallets,
};
