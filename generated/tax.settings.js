import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, nul, obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TaxProductResourceTaxSettingsDefaults,
  checkTaxProductResourceTaxSettingsDefaults,
  testTaxProductResourceTaxSettingsDefaults,
} from "./tax_product_resource_tax_settings_defaults.js";
import {
  TaxProductResourceTaxSettingsHeadOffice,
  checkTaxProductResourceTaxSettingsHeadOffice,
  testTaxProductResourceTaxSettingsHeadOffice,
} from "./tax_product_resource_tax_settings_head_office.js";
import {
  TaxProductResourceTaxSettingsStatusDetails,
  checkTaxProductResourceTaxSettingsStatusDetails,
  testTaxProductResourceTaxSettingsStatusDetails,
} from "./tax_product_resource_tax_settings_status_details.js";

const e0 = /* @__PURE__ */ set(["tax.settings"]);
const e1 = /* @__PURE__ */ set(["active", "pending"]);
const k0 = /* @__PURE__ */ set([
  "defaults",
  "head_office",
  "livemode",
  "object",
  "status",
  "status_details",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.defaults;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["defaults"], v0, ok);
  } else {
    ok = into(
      c,
      checkTaxProductResourceTaxSettingsDefaults,
      v0,
      ok,
      "defaults",
    );
  }
  const v1 = v.head_office;
  if (v1 !== undefined && v1 !== null) {
    ok = into(
      c,
      checkTaxProductResourceTaxSettingsHeadOffice,
      v1,
      ok,
      "head_office",
    );
  }
  const v2 = v.livemode;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["livemode"], v2, ok);
  } else {
    if (typeof v2 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v2);
    }
  }
  const v3 = v.object;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["object"], v3, ok);
  } else {
    if (!e0.has(v3)) {
      ok = notInEnum(c, ["object"], e0, v3, ok);
    }
  }
  const v4 = v.status;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["status"], v4, ok);
  } else {
    if (!e1.has(v4)) {
      ok = notInEnum(c, ["status"], e1, v4, ok);
    }
  }
  const v5 = v.status_details;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["status_details"], v5, ok);
  } else {
    ok = into(
      c,
      checkTaxProductResourceTaxSettingsStatusDetails,
      v5,
      ok,
      "status_details",
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
  const v0 = v.defaults;
  if (!testTaxProductResourceTaxSettingsDefaults(v0, c)) return false;
  const v1 = v.head_office;
  if (v1 !== undefined && v1 !== null) {
    if (!testTaxProductResourceTaxSettingsHeadOffice(v1, c)) return false;
  }
  const v2 = v.livemode;
  if (typeof v2 !== "boolean") return false;
  const v3 = v.object;
  if (v3 !== "tax.settings") return false;
  const v4 = v.status;
  if (!e1.has(v4)) return false;
  const v5 = v.status_details;
  if (!testTaxProductResourceTaxSettingsStatusDetails(v5, c)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    defaults: req(ref(TaxProductResourceTaxSettingsDefaults)),
    head_office: opt(nul(ref(TaxProductResourceTaxSettingsHeadOffice))),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    status: req(oneOf(e1)),
    status_details: req(ref(TaxProductResourceTaxSettingsStatusDetails)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax.settings",
  branch: "tax.settings",
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
  schema as TaxSettings,
  validateInput as validateTaxSettings,
  isValid as isTaxSettings,
  check as checkTaxSettings,
  test as testTaxSettings,
};
