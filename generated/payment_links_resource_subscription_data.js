import {
  deeper,
  enter,
  isInt,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["description", "trial_period_days"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.description;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["description"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["description"], 5000, v0);
    }
  }
  const v1 = v.trial_period_days;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["trial_period_days"], "integer", v1);
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
  const v0 = v.description;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.trial_period_days;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    description: opt(nul(str())),
    trial_period_days: opt(nul(int())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_links_resource_subscription_data",
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
  schema as PaymentLinksResourceSubscriptionData,
  validateInput as validatePaymentLinksResourceSubscriptionData,
  isValid as isPaymentLinksResourceSubscriptionData,
  check as checkPaymentLinksResourceSubscriptionData,
  test as testPaymentLinksResourceSubscriptionData,
};
