import {
  deeper,
  enter,
  into,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentIntentNextActionKonbiniFamilymart,
  checkPaymentIntentNextActionKonbiniFamilymart,
  testPaymentIntentNextActionKonbiniFamilymart,
} from "./payment_intent_next_action_konbini_familymart.js";
import {
  PaymentIntentNextActionKonbiniLawson,
  checkPaymentIntentNextActionKonbiniLawson,
  testPaymentIntentNextActionKonbiniLawson,
} from "./payment_intent_next_action_konbini_lawson.js";
import {
  PaymentIntentNextActionKonbiniMinistop,
  checkPaymentIntentNextActionKonbiniMinistop,
  testPaymentIntentNextActionKonbiniMinistop,
} from "./payment_intent_next_action_konbini_ministop.js";
import {
  PaymentIntentNextActionKonbiniSeicomart,
  checkPaymentIntentNextActionKonbiniSeicomart,
  testPaymentIntentNextActionKonbiniSeicomart,
} from "./payment_intent_next_action_konbini_seicomart.js";

const k0 = /* @__PURE__ */ set([
  "familymart",
  "lawson",
  "ministop",
  "seicomart",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.familymart;
  if (v0 !== undefined && v0 !== null) {
    ok = into(
      c,
      checkPaymentIntentNextActionKonbiniFamilymart,
      v0,
      ok,
      "familymart",
    );
  }
  const v1 = v.lawson;
  if (v1 !== undefined && v1 !== null) {
    ok = into(c, checkPaymentIntentNextActionKonbiniLawson, v1, ok, "lawson");
  }
  const v2 = v.ministop;
  if (v2 !== undefined && v2 !== null) {
    ok = into(
      c,
      checkPaymentIntentNextActionKonbiniMinistop,
      v2,
      ok,
      "ministop",
    );
  }
  const v3 = v.seicomart;
  if (v3 !== undefined && v3 !== null) {
    ok = into(
      c,
      checkPaymentIntentNextActionKonbiniSeicomart,
      v3,
      ok,
      "seicomart",
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
  const v0 = v.familymart;
  if (v0 !== undefined && v0 !== null) {
    if (!testPaymentIntentNextActionKonbiniFamilymart(v0, c)) return false;
  }
  const v1 = v.lawson;
  if (v1 !== undefined && v1 !== null) {
    if (!testPaymentIntentNextActionKonbiniLawson(v1, c)) return false;
  }
  const v2 = v.ministop;
  if (v2 !== undefined && v2 !== null) {
    if (!testPaymentIntentNextActionKonbiniMinistop(v2, c)) return false;
  }
  const v3 = v.seicomart;
  if (v3 !== undefined && v3 !== null) {
    if (!testPaymentIntentNextActionKonbiniSeicomart(v3, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    familymart: opt(nul(ref(PaymentIntentNextActionKonbiniFamilymart))),
    lawson: opt(nul(ref(PaymentIntentNextActionKonbiniLawson))),
    ministop: opt(nul(ref(PaymentIntentNextActionKonbiniMinistop))),
    seicomart: opt(nul(ref(PaymentIntentNextActionKonbiniSeicomart))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_next_action_konbini_stores",
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
  schema as PaymentIntentNextActionKonbiniStores,
  validateInput as validatePaymentIntentNextActionKonbiniStores,
  isValid as isPaymentIntentNextActionKonbiniStores,
  check as checkPaymentIntentNextActionKonbiniStores,
  test as testPaymentIntentNextActionKonbiniStores,
};
