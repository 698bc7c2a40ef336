import {
  deeper,
  enter,
  full,
  isArray,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, nul, obj, oneOf, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["permissions", "prefetch"]);
const e0 = /* @__PURE__ */ set(["balances", "payment_method", "transactions"]);
const e1 = /* @__PURE__ */ set(["balances"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.permissions;
  if (v0 !== undefined) {
    if (!isArray(v0)) {
      ok = wrongType(c, ["permissions"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        if (typeof v1 !== "string") {
          ok = wrongType(c, ["permissions", i0], "string", v1);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.prefetch;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) {
      ok = wrongType(c, ["prefetch"], "array", v2);
    } else {
      for (let i1 = 0; i1 < v2.length; i1++) {
        const v3 = v2[i1];
        if (typeof v3 !== "string") {
          ok = wrongType(c, ["prefetch", i1], "string", v3);
        }
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
  const v0 = v.permissions;
  if (v0 !== undefined) {
    if (!isArray(v0)) return false;
    for (let i0 = 0; i0 < v0.length; i0++) {
      const v1 = v0[i0];
      if (typeof v1 !== "string") return false;
    }
  }
  const v2 = v.prefetch;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) return false;
    for (let i1 = 0; i1 < v2.length; i1++) {
      const v3 = v2[i1];
      if (typeof v3 !== "string") return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    permissions: opt(list(oneOf(e0, true))),
    prefetch: opt(nul(list(oneOf(e1, true)))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoice_payment_method_options_us_bank_account_linked_account_options",
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
  schema as InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions,
  validateInput as validateInvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions,
  isValid as isInvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions,
  check as checkInvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions,
  test as testInvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions,
};
