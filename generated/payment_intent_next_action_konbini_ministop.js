import {
  deeper,
  enter,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["confirmation_number", "payment_code"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.confirmation_number;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["confirmation_number"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["confirmation_number"], 5000, v0);
    }
  }
  const v1 = v.payment_code;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["payment_code"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["payment_code"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["payment_code"], 5000, v1);
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
  const v0 = v.confirmation_number;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.payment_code;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ confirmation_number: opt(str()), payment_code: req(str()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_next_action_konbini_ministop",
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
  schema as PaymentIntentNextActionKonbiniMinistop,
  validateInput as validatePaymentIntentNextActionKonbiniMinistop,
  isValid as isPaymentIntentNextActionKonbiniMinistop,
  check as checkPaymentIntentNextActionKonbiniMinistop,
  test as testPaymentIntentNextActionKonbiniMinistop,
};
