import {
  deeper,
  enter,
  full,
  isArray,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, obj, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["invoice", "invoice_line_items"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.invoice;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["invoice"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["invoice"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["invoice"], 5000, v0);
    }
  }
  const v1 = v.invoice_line_items;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["invoice_line_items"], v1, ok);
  } else {
    if (!isArray(v1)) {
      ok = wrongType(c, ["invoice_line_items"], "array", v1);
    } else {
      for (let i0 = 0; i0 < v1.length; i0++) {
        const v2 = v1[i0];
        if (typeof v2 !== "string") {
          ok = wrongType(c, ["invoice_line_items", i0], "string", v2);
        } else if (v2.length > 5000 && tooLong(v2, 5000)) {
          ok = longFail(c, ["invoice_line_items", i0], 5000, v2);
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
  const v0 = v.invoice;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.invoice_line_items;
  if (!isArray(v1)) return false;
  for (let i0 = 0; i0 < v1.length; i0++) {
    const v2 = v1[i0];
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ invoice: req(str()), invoice_line_items: req(list(str())) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoices_resource_line_items_credited_items",
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
  schema as InvoicesResourceLineItemsCreditedItems,
  validateInput as validateInvoicesResourceLineItemsCreditedItems,
  isValid as isInvoicesResourceLineItemsCreditedItems,
  check as checkInvoicesResourceLineItemsCreditedItems,
  test as testInvoicesResourceLineItemsCreditedItems,
};
