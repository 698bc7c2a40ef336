import {
  deeper,
  enter,
  isObject,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "familymart",
  "lawson",
  "ministop",
  "seicomart",
]);
const k0 = /* @__PURE__ */ set(["chain"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.chain;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["chain"], e0, v0, ok);
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
  const v0 = v.chain;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ chain: opt(nul(oneOf(e0))) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_details_konbini_store",
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
  schema as PaymentMethodDetailsKonbiniStore,
  validateInput as validatePaymentMethodDetailsKonbiniStore,
  isValid as isPaymentMethodDetailsKonbiniStore,
  check as checkPaymentMethodDetailsKonbiniStore,
  test as testPaymentMethodDetailsKonbiniStore,
};
