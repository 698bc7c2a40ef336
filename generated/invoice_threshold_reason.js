import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isInt,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, list, nul, obj, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  InvoiceItemThresholdReason,
  checkInvoiceItemThresholdReason,
  testInvoiceItemThresholdReason,
} from "./invoice_item_threshold_reason.js";

const k0 = /* @__PURE__ */ set(["amount_gte", "item_reasons"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount_gte;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount_gte"], "integer", v0);
    }
  }
  const v1 = v.item_reasons;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["item_reasons"], v1, ok);
  } else {
    if (!isArray(v1)) {
      ok = wrongType(c, ["item_reasons"], "array", v1);
    } else {
      for (let i0 = 0; i0 < v1.length; i0++) {
        const v2 = v1[i0];
        ok = into(
          c,
          checkInvoiceItemThresholdReason,
          v2,
          ok,
          "item_reasons",
          i0,
        );
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
  const v0 = v.amount_gte;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.item_reasons;
  if (!isArray(v1)) return false;
  for (let i0 = 0; i0 < v1.length; i0++) {
    const v2 = v1[i0];
    if (!testInvoiceItemThresholdReason(v2, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount_gte: opt(nul(int())),
    item_reasons: req(list(ref(InvoiceItemThresholdReason))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoice_threshold_reason",
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
  schema as InvoiceThresholdReason,
  validateInput as validateInvoiceThresholdReason,
  isValid as isInvoiceThresholdReason,
  check as checkInvoiceThresholdReason,
  test as testInvoiceThresholdReason,
};
