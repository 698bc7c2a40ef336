import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, nul, obj, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentPagesCheckoutSessionCustomFieldsOption,
  checkPaymentPagesCheckoutSessionCustomFieldsOption,
  testPaymentPagesCheckoutSessionCustomFieldsOption,
} from "./payment_pages_checkout_session_custom_fields_option.js";

const k0 = /* @__PURE__ */ set(["options", "value"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.options;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["options"], v0, ok);
  } else {
    if (!isArray(v0)) {
      ok = wrongType(c, ["options"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        ok = into(
          c,
          checkPaymentPagesCheckoutSessionCustomFieldsOption,
          v1,
          ok,
          "options",
          i0,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.value;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["value"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["value"], 5000, v2);
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
  const v0 = v.options;
  if (!isArray(v0)) return false;
  for (let i0 = 0; i0 < v0.length; i0++) {
    const v1 = v0[i0];
    if (!testPaymentPagesCheckoutSessionCustomFieldsOption(v1, c)) return false;
  }
  const v2 = v.value;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    options: req(list(ref(PaymentPagesCheckoutSessionCustomFieldsOption))),
    value: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_pages_checkout_session_custom_fields_dropdown",
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
  schema as PaymentPagesCheckoutSessionCustomFieldsDropdown,
  validateInput as validatePaymentPagesCheckoutSessionCustomFieldsDropdown,
  isValid as isPaymentPagesCheckoutSessionCustomFieldsDropdown,
  check as checkPaymentPagesCheckoutSessionCustomFieldsDropdown,
  test as testPaymentPagesCheckoutSessionCustomFieldsDropdown,
};
