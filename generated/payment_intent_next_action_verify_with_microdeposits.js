import {
  deeper,
  enter,
  isInt,
  isObject,
  longFail,
  missing,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, oneOf, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["amounts", "descriptor_code"]);
const k0 = /* @__PURE__ */ set([
  "arrival_date",
  "hosted_verification_url",
  "microdeposit_type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.arrival_date;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["arrival_date"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["arrival_date"], "integer", v0);
    }
  }
  const v1 = v.hosted_verification_url;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["hosted_verification_url"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["hosted_verification_url"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["hosted_verification_url"], 5000, v1);
    }
  }
  const v2 = v.microdeposit_type;
  if (v2 !== undefined && v2 !== null) {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["microdeposit_type"], e0, v2, ok);
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
  const v0 = v.arrival_date;
  if (!isInt(v0)) return false;
  const v1 = v.hosted_verification_url;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.microdeposit_type;
  if (v2 !== undefined && v2 !== null) {
    if (!e0.has(v2)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    arrival_date: req(int("unix-time")),
    hosted_verification_url: req(str()),
    microdeposit_type: opt(nul(oneOf(e0))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_next_action_verify_with_microdeposits",
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
  schema as PaymentIntentNextActionVerifyWithMicrodeposits,
  validateInput as validatePaymentIntentNextActionVerifyWithMicrodeposits,
  isValid as isPaymentIntentNextActionVerifyWithMicrodeposits,
  check as checkPaymentIntentNextActionVerifyWithMicrodeposits,
  test as testPaymentIntentNextActionVerifyWithMicrodeposits,
};
