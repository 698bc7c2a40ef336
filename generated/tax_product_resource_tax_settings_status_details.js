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
import { obj, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TaxProductResourceTaxSettingsStatusDetailsResourceActive,
  checkTaxProductResourceTaxSettingsStatusDetailsResourceActive,
  testTaxProductResourceTaxSettingsStatusDetailsResourceActive,
} from "./tax_product_resource_tax_settings_status_details_resource_active.js";
import {
  TaxProductResourceTaxSettingsStatusDetailsResourcePending,
  checkTaxProductResourceTaxSettingsStatusDetailsResourcePending,
  testTaxProductResourceTaxSettingsStatusDetailsResourcePending,
} from "./tax_product_resource_tax_settings_status_details_resource_pending.js";

const k0 = /* @__PURE__ */ set(["active", "pending"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.active;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkTaxProductResourceTaxSettingsStatusDetailsResourceActive,
      v0,
      ok,
      "active",
    );
  }
  const v1 = v.pending;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkTaxProductResourceTaxSettingsStatusDetailsResourcePending,
      v1,
      ok,
      "pending",
    );
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.active;
  if (v0 !== undefined) {
    if (!testTaxProductResourceTaxSettingsStatusDetailsResourceActive(v0, c))
      return false;
  }
  const v1 = v.pending;
  if (v1 !== undefined) {
    if (!testTaxProductResourceTaxSettingsStatusDetailsResourcePending(v1, c))
      return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    active: opt(ref(TaxProductResourceTaxSettingsStatusDetailsResourceActive)),
    pending: opt(
      ref(TaxProductResourceTaxSettingsStatusDetailsResourcePending),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax_product_resource_tax_settings_status_details",
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
  schema as TaxProductResourceTaxSettingsStatusDetails,
  validateInput as validateTaxProductResourceTaxSettingsStatusDetails,
  isValid as isTaxProductResourceTaxSettingsStatusDetails,
  check as checkTaxProductResourceTaxSettingsStatusDetails,
  test as testTaxProductResourceTaxSettingsStatusDetails,
};
