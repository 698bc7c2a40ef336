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
import { obj, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentMethodDetailsCardPresent,
  checkPaymentMethodDetailsCardPresent,
  testPaymentMethodDetailsCardPresent,
} from "./payment_method_details_card_present.js";

const k0 = /* @__PURE__ */ set(["card_present", "type"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.card_present;
  if (v0 !== undefined) {
    ok = into(c, checkPaymentMethodDetailsCardPresent, v0, ok, "card_present");
  }
  const v1 = v.type;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["type"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["type"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["type"], 5000, v1);
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
  const v0 = v.card_present;
  if (v0 !== undefined) {
    if (!testPaymentMethodDetailsCardPresent(v0, c)) return false;
  }
  const v1 = v.type;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    card_present: opt(ref(PaymentMethodDetailsCardPresent)),
    type: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "card_generated_from_payment_method_details",
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
  schema as CardGeneratedFromPaymentMethodDetails,
  validateInput as validateCardGeneratedFromPaymentMethodDetails,
  isValid as isCardGeneratedFromPaymentMethodDetails,
  check as checkCardGeneratedFromPaymentMethodDetails,
  test as testCardGeneratedFromPaymentMethodDetails,
};
