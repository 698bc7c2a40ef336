import {
  deeper,
  enter,
  into,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentLinksResourceCustomTextPosition,
  checkPaymentLinksResourceCustomTextPosition,
  testPaymentLinksResourceCustomTextPosition,
} from "./payment_links_resource_custom_text_position.js";

const k0 = /* @__PURE__ */ set(["shipping_address", "submit"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.shipping_address;
  if (v0 !== undefined && v0 !== null) {
    ok = into(
      c,
      checkPaymentLinksResourceCustomTextPosition,
      v0,
      ok,
      "shipping_address",
    );
  }
  const v1 = v.submit;
  if (v1 !== undefined && v1 !== null) {
    ok = into(c, checkPaymentLinksResourceCustomTextPosition, v1, ok, "submit");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.shipping_address;
  if (v0 !== undefined && v0 !== null) {
    if (!testPaymentLinksResourceCustomTextPosition(v0, c)) return false;
  }
  const v1 = v.submit;
  if (v1 !== undefined && v1 !== null) {
    if (!testPaymentLinksResourceCustomTextPosition(v1, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    shipping_address: opt(nul(ref(PaymentLinksResourceCustomTextPosition))),
    submit: opt(nul(ref(PaymentLinksResourceCustomTextPosition))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_links_resource_custom_text",
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
  schema as PaymentLinksResourceCustomText,
  validateInput as validatePaymentLinksResourceCustomText,
  isValid as isPaymentLinksResourceCustomText,
  check as checkPaymentLinksResourceCustomText,
  test as testPaymentLinksResourceCustomText,
};
