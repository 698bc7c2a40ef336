import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, obj, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentLinksResourceCustomFieldsDropdownOption,
  checkPaymentLinksResourceCustomFieldsDropdownOption,
  testPaymentLinksResourceCustomFieldsDropdownOption,
} from "./payment_links_resource_custom_fields_dropdown_option.js";

const k0 = /* @__PURE__ */ set(["options"]);

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
          checkPaymentLinksResourceCustomFieldsDropdownOption,
          v1,
          ok,
          "options",
          i0,
        );
        if (!ok && full(c)) break;
      }
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
    if (!testPaymentLinksResourceCustomFieldsDropdownOption(v1, c))
      return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    options: req(list(ref(PaymentLinksResourceCustomFieldsDropdownOption))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_links_resource_custom_fields_dropdown",
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
  schema as PaymentLinksResourceCustomFieldsDropdown,
  validateInput as validatePaymentLinksResourceCustomFieldsDropdown,
  isValid as isPaymentLinksResourceCustomFieldsDropdown,
  check as checkPaymentLinksResourceCustomFieldsDropdown,
  test as testPaymentLinksResourceCustomFieldsDropdown,
};
