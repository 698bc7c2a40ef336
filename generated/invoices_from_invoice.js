import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, ref, req, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Invoice, checkInvoice, testInvoice } from "./invoice.js";

const k0 = /* @__PURE__ */ set(["action", "invoice"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.action;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["action"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["action"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["action"], 5000, v0);
    }
  }
  const v1 = v.invoice;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["invoice"], v1, ok);
  } else {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) {
        ok = longFail(c, ["invoice"], 5000, v1);
      }
    } else if (isObject(v1)) {
      ok = into(c, checkInvoice, v1, ok, "invoice");
    } else {
      ok = wrongType(c, ["invoice"], "string | object", v1);
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
  const v0 = v.action;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.invoice;
  if (v1 === undefined || v1 === null) return false;
  if (typeof v1 === "string") {
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  } else if (isObject(v1)) {
    if (!testInvoice(v1, c)) return false;
  } else {
    return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ action: req(str()), invoice: req(union(str(), ref(Invoice))) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoices_from_invoice",
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
  schema as InvoicesFromInvoice,
  validateInput as validateInvoicesFromInvoice,
  isValid as isInvoicesFromInvoice,
  check as checkInvoicesFromInvoice,
  test as testInvoicesFromInvoice,
};
