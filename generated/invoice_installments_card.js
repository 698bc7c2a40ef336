import {
  deeper,
  enter,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, nul, obj, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["enabled"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.enabled;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["enabled"], "boolean", v0);
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
  const v0 = v.enabled;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "boolean") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ enabled: opt(nul(bool())) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoice_installments_card",
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
  schema as InvoiceInstallmentsCard,
  validateInput as validateInvoiceInstallmentsCard,
  isValid as isInvoiceInstallmentsCard,
  check as checkInvoiceInstallmentsCard,
  test as testInvoiceInstallmentsCard,
};
