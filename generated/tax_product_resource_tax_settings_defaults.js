import {
  deeper,
  enter,
  isObject,
  longFail,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "exclusive",
  "inclusive",
  "inferred_by_currency",
]);
const k0 = /* @__PURE__ */ set(["tax_behavior", "tax_code"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.tax_behavior;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["tax_behavior"], e0, v0, ok);
    }
  }
  const v1 = v.tax_code;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["tax_code"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["tax_code"], 5000, v1);
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
  const v0 = v.tax_behavior;
  if (v0 !== undefined && v0 !== null) {
    if (!e0.has(v0)) return false;
  }
  const v1 = v.tax_code;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ tax_behavior: opt(nul(oneOf(e0))), tax_code: opt(nul(str())) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax_product_resource_tax_settings_defaults",
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
  schema as TaxProductResourceTaxSettingsDefaults,
  validateInput as validateTaxProductResourceTaxSettingsDefaults,
  isValid as isTaxProductResourceTaxSettingsDefaults,
  check as checkTaxProductResourceTaxSettingsDefaults,
  test as testTaxProductResourceTaxSettingsDefaults,
};
