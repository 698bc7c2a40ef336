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
import { TaxProductResourceTaxSettingsStatusDetailsResourceActive } from "./tax_product_resource_tax_settings_status_details_resource_active.js";
import { TaxProductResourceTaxSettingsStatusDetailsResourcePending } from "./tax_product_resource_tax_settings_status_details_resource_pending.js";

const k0 = set(["active", "pending"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.active;
  if (v0 !== undefined) {
    ok = into(
      c,
      TaxProductResourceTaxSettingsStatusDetailsResourceActive.check,
      v0,
      ok,
      "active",
    );
  }
  const v1 = v.pending;
  if (v1 !== undefined) {
    ok = into(
      c,
      TaxProductResourceTaxSettingsStatusDetailsResourcePending.check,
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
export { schema as TaxProductResourceTaxSettingsStatusDetails };
