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
  PaymentMethod,
  checkPaymentMethod,
  testPaymentMethod,
} from "./payment_method.js";

const k0 = /* @__PURE__ */ set(["generated_card"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.generated_card;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) {
        ok = longFail(c, ["generated_card"], 5000, v0);
      }
    } else if (isObject(v0)) {
      ok = into(c, checkPaymentMethod, v0, ok, "generated_card");
    } else {
      ok = wrongType(c, ["generated_card"], "string | object", v0);
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
  const v0 = v.generated_card;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) return false;
    } else if (isObject(v0)) {
      if (!testPaymentMethod(v0, c)) return false;
    } else {
      return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ generated_card: opt(nul(union(str(), ref(PaymentMethod)))) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "setup_attempt_payment_method_details_card_present",
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
  schema as SetupAttemptPaymentMethodDetailsCardPresent,
  validateInput as validateSetupAttemptPaymentMethodDetailsCardPresent,
  isValid as isSetupAttemptPaymentMethodDetailsCardPresent,
  check as checkSetupAttemptPaymentMethodDetailsCardPresent,
  test as testSetupAttemptPaymentMethodDetailsCardPresent,
};
