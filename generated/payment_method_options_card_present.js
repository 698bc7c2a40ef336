import {
  deeper,
  enter,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, nul, obj, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "request_extended_authorization",
  "request_incremental_authorization_support",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.request_extended_authorization;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["request_extended_authorization"], "boolean", v0);
    }
  }
  const v1 = v.request_incremental_authorization_support;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "boolean") {
      ok = wrongType(
        c,
        ["request_incremental_authorization_support"],
        "boolean",
        v1,
      );
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
  const v0 = v.request_extended_authorization;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "boolean") return false;
  }
  const v1 = v.request_incremental_authorization_support;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "boolean") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    request_extended_authorization: opt(nul(bool())),
    request_incremental_authorization_support: opt(nul(bool())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_options_card_present",
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
  schema as PaymentMethodOptionsCardPresent,
  validateInput as validatePaymentMethodOptionsCardPresent,
  isValid as isPaymentMethodOptionsCardPresent,
  check as checkPaymentMethodOptionsCardPresent,
  test as testPaymentMethodOptionsCardPresent,
};
