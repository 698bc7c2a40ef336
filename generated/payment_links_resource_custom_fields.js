import {
  deeper,
  enter,
  into,
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
import { bool, nul, obj, oneOf, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentLinksResourceCustomFieldsDropdown,
  checkPaymentLinksResourceCustomFieldsDropdown,
  testPaymentLinksResourceCustomFieldsDropdown,
} from "./payment_links_resource_custom_fields_dropdown.js";
import {
  PaymentLinksResourceCustomFieldsLabel,
  checkPaymentLinksResourceCustomFieldsLabel,
  testPaymentLinksResourceCustomFieldsLabel,
} from "./payment_links_resource_custom_fields_label.js";
import {
  PaymentLinksResourceCustomFieldsNumeric,
  checkPaymentLinksResourceCustomFieldsNumeric,
  testPaymentLinksResourceCustomFieldsNumeric,
} from "./payment_links_resource_custom_fields_numeric.js";
import {
  PaymentLinksResourceCustomFieldsText,
  checkPaymentLinksResourceCustomFieldsText,
  testPaymentLinksResourceCustomFieldsText,
} from "./payment_links_resource_custom_fields_text.js";

const e0 = /* @__PURE__ */ set(["dropdown", "numeric", "text"]);
const k0 = /* @__PURE__ */ set([
  "dropdown",
  "key",
  "label",
  "numeric",
  "optional",
  "text",
  "type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.dropdown;
  if (v0 !== undefined && v0 !== null) {
    ok = into(
      c,
      checkPaymentLinksResourceCustomFieldsDropdown,
      v0,
      ok,
      "dropdown",
    );
  }
  const v1 = v.key;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["key"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["key"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["key"], 5000, v1);
    }
  }
  const v2 = v.label;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["label"], v2, ok);
  } else {
    ok = into(c, checkPaymentLinksResourceCustomFieldsLabel, v2, ok, "label");
  }
  const v3 = v.numeric;
  if (v3 !== undefined && v3 !== null) {
    ok = into(
      c,
      checkPaymentLinksResourceCustomFieldsNumeric,
      v3,
      ok,
      "numeric",
    );
  }
  const v4 = v.optional;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["optional"], v4, ok);
  } else {
    if (typeof v4 !== "boolean") {
      ok = wrongType(c, ["optional"], "boolean", v4);
    }
  }
  const v5 = v.text;
  if (v5 !== undefined && v5 !== null) {
    ok = into(c, checkPaymentLinksResourceCustomFieldsText, v5, ok, "text");
  }
  const v6 = v.type;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["type"], v6, ok);
  } else {
    if (!e0.has(v6)) {
      ok = notInEnum(c, ["type"], e0, v6, ok);
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
  const v0 = v.dropdown;
  if (v0 !== undefined && v0 !== null) {
    if (!testPaymentLinksResourceCustomFieldsDropdown(v0, c)) return false;
  }
  const v1 = v.key;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.label;
  if (!testPaymentLinksResourceCustomFieldsLabel(v2, c)) return false;
  const v3 = v.numeric;
  if (v3 !== undefined && v3 !== null) {
    if (!testPaymentLinksResourceCustomFieldsNumeric(v3, c)) return false;
  }
  const v4 = v.optional;
  if (typeof v4 !== "boolean") return false;
  const v5 = v.text;
  if (v5 !== undefined && v5 !== null) {
    if (!testPaymentLinksResourceCustomFieldsText(v5, c)) return false;
  }
  const v6 = v.type;
  if (!e0.has(v6)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    dropdown: opt(nul(ref(PaymentLinksResourceCustomFieldsDropdown))),
    key: req(str()),
    label: req(ref(PaymentLinksResourceCustomFieldsLabel)),
    numeric: opt(nul(ref(PaymentLinksResourceCustomFieldsNumeric))),
    optional: req(bool()),
    text: opt(nul(ref(PaymentLinksResourceCustomFieldsText))),
    type: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_links_resource_custom_fields",
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
  schema as PaymentLinksResourceCustomFields,
  validateInput as validatePaymentLinksResourceCustomFields,
  isValid as isPaymentLinksResourceCustomFields,
  check as checkPaymentLinksResourceCustomFields,
  test as testPaymentLinksResourceCustomFields,
};
