import {
  deeper,
  enter,
  isInt,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["maximum_length", "minimum_length"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.maximum_length;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["maximum_length"], "integer", v0);
    }
  }
  const v1 = v.minimum_length;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["minimum_length"], "integer", v1);
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
  const v0 = v.maximum_length;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.minimum_length;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    maximum_length: opt(nul(int())),
    minimum_length: opt(nul(int())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_links_resource_custom_fields_text",
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
  schema as PaymentLinksResourceCustomFieldsText,
  validateInput as validatePaymentLinksResourceCustomFieldsText,
  isValid as isPaymentLinksResourceCustomFieldsText,
  check as checkPaymentLinksResourceCustomFieldsText,
  test as testPaymentLinksResourceCustomFieldsText,
};
