import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentIntentCardProcessing,
  checkPaymentIntentCardProcessing,
  testPaymentIntentCardProcessing,
} from "./payment_intent_card_processing.js";

const e0 = /* @__PURE__ */ set(["card"]);
const k0 = /* @__PURE__ */ set(["card", "type"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.card;
  if (v0 !== undefined) {
    ok = into(c, checkPaymentIntentCardProcessing, v0, ok, "card");
  }
  const v1 = v.type;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["type"], v1, ok);
  } else {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["type"], e0, v1, ok);
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
  const v0 = v.card;
  if (v0 !== undefined) {
    if (!testPaymentIntentCardProcessing(v0, c)) return false;
  }
  const v1 = v.type;
  if (v1 !== "card") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    card: opt(ref(PaymentIntentCardProcessing)),
    type: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_processing",
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
  schema as PaymentIntentProcessing,
  validateInput as validatePaymentIntentProcessing,
  isValid as isPaymentIntentProcessing,
  check as checkPaymentIntentProcessing,
  test as testPaymentIntentProcessing,
};
