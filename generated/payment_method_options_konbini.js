import {
  deeper,
  enter,
  isInt,
  isObject,
  longFail,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, oneOf, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["none"]);
const k0 = /* @__PURE__ */ set([
  "confirmation_number",
  "expires_after_days",
  "expires_at",
  "product_description",
  "setup_future_usage",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.confirmation_number;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["confirmation_number"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["confirmation_number"], 5000, v0);
    }
  }
  const v1 = v.expires_after_days;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["expires_after_days"], "integer", v1);
    }
  }
  const v2 = v.expires_at;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) {
      ok = wrongType(c, ["expires_at"], "integer", v2);
    }
  }
  const v3 = v.product_description;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["product_description"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["product_description"], 5000, v3);
    }
  }
  const v4 = v.setup_future_usage;
  if (v4 !== undefined) {
    if (!e0.has(v4)) {
      ok = notInEnum(c, ["setup_future_usage"], e0, v4, ok);
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
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.expires_after_days;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
  }
  const v2 = v.expires_at;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) return false;
  }
  const v3 = v.product_description;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.setup_future_usage;
  if (v4 !== undefined) {
    if (v4 !== "none") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    confirmation_number: opt(nul(str())),
    expires_after_days: opt(nul(int())),
    expires_at: opt(nul(int("unix-time"))),
    product_description: opt(nul(str())),
    setup_future_usage: opt(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_options_konbini",
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
  schema as PaymentMethodOptionsKonbini,
  validateInput as validatePaymentMethodOptionsKonbini,
  isValid as isPaymentMethodOptionsKonbini,
  check as checkPaymentMethodOptionsKonbini,
  test as testPaymentMethodOptionsKonbini,
};
