import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, nul, obj, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentLinksResourceInvoiceSettings,
  checkPaymentLinksResourceInvoiceSettings,
  testPaymentLinksResourceInvoiceSettings,
} from "./payment_links_resource_invoice_settings.js";

const k0 = /* @__PURE__ */ set(["enabled", "invoice_data"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.enabled;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["enabled"], v0, ok);
  } else {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["enabled"], "boolean", v0);
    }
  }
  const v1 = v.invoice_data;
  if (v1 !== undefined && v1 !== null) {
    ok = into(
      c,
      checkPaymentLinksResourceInvoiceSettings,
      v1,
      ok,
      "invoice_data",
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
  const v0 = v.enabled;
  if (typeof v0 !== "boolean") return false;
  const v1 = v.invoice_data;
  if (v1 !== undefined && v1 !== null) {
    if (!testPaymentLinksResourceInvoiceSettings(v1, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    enabled: req(bool()),
    invoice_data: opt(nul(ref(PaymentLinksResourceInvoiceSettings))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_links_resource_invoice_creation",
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
  schema as PaymentLinksResourceInvoiceCreation,
  validateInput as validatePaymentLinksResourceInvoiceCreation,
  isValid as isPaymentLinksResourceInvoiceCreation,
  check as checkPaymentLinksResourceInvoiceCreation,
  test as testPaymentLinksResourceInvoiceCreation,
};
