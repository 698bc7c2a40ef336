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
import { nul, obj, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  InvoicesResourceLineItemsCreditedItems,
  checkInvoicesResourceLineItemsCreditedItems,
  testInvoicesResourceLineItemsCreditedItems,
} from "./invoices_resource_line_items_credited_items.js";

const k0 = /* @__PURE__ */ set(["credited_items"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.credited_items;
  if (v0 !== undefined && v0 !== null) {
    ok = into(
      c,
      checkInvoicesResourceLineItemsCreditedItems,
      v0,
      ok,
      "credited_items",
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
  const v0 = v.credited_items;
  if (v0 !== undefined && v0 !== null) {
    if (!testInvoicesResourceLineItemsCreditedItems(v0, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    credited_items: opt(nul(ref(InvoicesResourceLineItemsCreditedItems))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoices_resource_line_items_proration_details",
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
  schema as InvoicesResourceLineItemsProrationDetails,
  validateInput as validateInvoicesResourceLineItemsProrationDetails,
  isValid as isInvoicesResourceLineItemsProrationDetails,
  check as checkInvoicesResourceLineItemsProrationDetails,
  test as testInvoicesResourceLineItemsProrationDetails,
};
