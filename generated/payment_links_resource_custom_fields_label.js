import {
  deeper,
  enter,
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
import { nul, obj, oneOf, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["custom"]);
const k0 = /* @__PURE__ */ set(["custom", "type"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.custom;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["custom"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["custom"], 5000, v0);
    }
  }
  const v1 = v.type;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["type"], v1, ok);
  } else {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["type"], e0, v1, ok);
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
  const v0 = v.custom;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.type;
  if (v1 !== "custom") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ custom: opt(nul(str())), type: req(oneOf(e0)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_links_resource_custom_fields_label",
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
  schema as PaymentLinksResourceCustomFieldsLabel,
  validateInput as validatePaymentLinksResourceCustomFieldsLabel,
  isValid as isPaymentLinksResourceCustomFieldsLabel,
  check as checkPaymentLinksResourceCustomFieldsLabel,
  test as testPaymentLinksResourceCustomFieldsLabel,
};
