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
  PaymentMethodDetailsKonbiniStore,
  checkPaymentMethodDetailsKonbiniStore,
  testPaymentMethodDetailsKonbiniStore,
} from "./payment_method_details_konbini_store.js";

const k0 = /* @__PURE__ */ set(["store"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.store;
  if (v0 !== undefined && v0 !== null) {
    ok = into(c, checkPaymentMethodDetailsKonbiniStore, v0, ok, "store");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.store;
  if (v0 !== undefined && v0 !== null) {
    if (!testPaymentMethodDetailsKonbiniStore(v0, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ store: opt(nul(ref(PaymentMethodDetailsKonbiniStore))) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_details_konbini",
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
  schema as PaymentMethodDetailsKonbini,
  validateInput as validatePaymentMethodDetailsKonbini,
  isValid as isPaymentMethodDetailsKonbini,
  check as checkPaymentMethodDetailsKonbini,
  test as testPaymentMethodDetailsKonbini,
};
