import {
  deeper,
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
} from "./tax_product_resource_tax_settings_status_details_resource_active.js";
import {
  TaxProductResourceTaxSettingsStatusDetailsResourcePending,
  checkTaxProductResourceTaxSettingsStatusDetailsResourcePending,
} from "./tax_product_resource_tax_settings_status_details_resource_pending.js";

const k0 = set(["active", "pending"]);

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
  shape,
});

function validateInput(input, options) {
  return validate(check, input, options);
}

function isValid(input) {
  return is(check, input);
}

export {
  schema as TaxProductResourceTaxSettingsStatusDetails,
  validateInput as validateTaxProductResourceTaxSettingsStatusDetails,
  isValid as isTaxProductResourceTaxSettingsStatusDetails,
  check as checkTaxProductResourceTaxSettingsStatusDetails,
};
