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
import { nul, obj, opt, ref, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  CardGeneratedFromPaymentMethodDetails,
  checkCardGeneratedFromPaymentMethodDetails,
  testCardGeneratedFromPaymentMethodDetails,
} from "./card_generated_from_payment_method_details.js";
import {
  SetupAttempt,
  checkSetupAttempt,
  testSetupAttempt,
} from "./setup_attempt.js";

const k0 = /* @__PURE__ */ set([
  "charge",
  "payment_method_details",
  "setup_attempt",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.charge;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["charge"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["charge"], 5000, v0);
    }
  }
  const v1 = v.payment_method_details;
  if (v1 !== undefined && v1 !== null) {
    ok = into(
      c,
      checkCardGeneratedFromPaymentMethodDetails,
      v1,
      ok,
      "payment_method_details",
    );
  }
  const v2 = v.setup_attempt;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) {
        ok = longFail(c, ["setup_attempt"], 5000, v2);
      }
    } else if (isObject(v2)) {
      ok = into(c, checkSetupAttempt, v2, ok, "setup_attempt");
    } else {
      ok = wrongType(c, ["setup_attempt"], "string | object", v2);
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
  const v0 = v.charge;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.payment_method_details;
  if (v1 !== undefined && v1 !== null) {
    if (!testCardGeneratedFromPaymentMethodDetails(v1, c)) return false;
  }
  const v2 = v.setup_attempt;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) return false;
    } else if (isObject(v2)) {
      if (!testSetupAttempt(v2, c)) return false;
    } else {
      return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    charge: opt(nul(str())),
    payment_method_details: opt(
      nul(ref(CardGeneratedFromPaymentMethodDetails)),
    ),
    setup_attempt: opt(nul(union(str(), ref(SetupAttempt)))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_card_generated_card",
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
  schema as PaymentMethodCardGeneratedCard,
  validateInput as validatePaymentMethodCardGeneratedCard,
  isValid as isPaymentMethodCardGeneratedCard,
  check as checkPaymentMethodCardGeneratedCard,
  test as testPaymentMethodCardGeneratedCard,
};
