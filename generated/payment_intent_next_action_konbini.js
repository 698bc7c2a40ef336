import {
  deeper,
  enter,
  into,
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
import { int, nul, obj, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentIntentNextActionKonbiniStores,
  checkPaymentIntentNextActionKonbiniStores,
  testPaymentIntentNextActionKonbiniStores,
} from "./payment_intent_next_action_konbini_stores.js";

const k0 = /* @__PURE__ */ set(["expires_at", "hosted_voucher_url", "stores"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.expires_at;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["expires_at"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["expires_at"], "integer", v0);
    }
  }
  const v1 = v.hosted_voucher_url;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["hosted_voucher_url"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["hosted_voucher_url"], 5000, v1);
    }
  }
  const v2 = v.stores;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["stores"], v2, ok);
  } else {
    ok = into(c, checkPaymentIntentNextActionKonbiniStores, v2, ok, "stores");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.expires_at;
  if (!isInt(v0)) return false;
  const v1 = v.hosted_voucher_url;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.stores;
  if (!testPaymentIntentNextActionKonbiniStores(v2, c)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    expires_at: req(int("unix-time")),
    hosted_voucher_url: opt(nul(str())),
    stores: req(ref(PaymentIntentNextActionKonbiniStores)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_next_action_konbini",
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
  schema as PaymentIntentNextActionKonbini,
  validateInput as validatePaymentIntentNextActionKonbini,
  isValid as isPaymentIntentNextActionKonbini,
  check as checkPaymentIntentNextActionKonbini,
  test as testPaymentIntentNextActionKonbini,
};
