import {
  deeper,
  enter,
  full,
  isArray,
  isInt,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, list, obj, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["line_item_ids", "usage_gte"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.line_item_ids;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["line_item_ids"], v0, ok);
  } else {
    if (!isArray(v0)) {
      ok = wrongType(c, ["line_item_ids"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        if (typeof v1 !== "string") {
          ok = wrongType(c, ["line_item_ids", i0], "string", v1);
        } else if (v1.length > 5000 && tooLong(v1, 5000)) {
          ok = longFail(c, ["line_item_ids", i0], 5000, v1);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.usage_gte;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["usage_gte"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["usage_gte"], "integer", v2);
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
  const v0 = v.line_item_ids;
  if (!isArray(v0)) return false;
  for (let i0 = 0; i0 < v0.length; i0++) {
    const v1 = v0[i0];
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.usage_gte;
  if (!isInt(v2)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ line_item_ids: req(list(str())), usage_gte: req(int()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoice_item_threshold_reason",
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
  schema as InvoiceItemThresholdReason,
  validateInput as validateInvoiceItemThresholdReason,
  isValid as isInvoiceItemThresholdReason,
  check as checkInvoiceItemThresholdReason,
  test as testInvoiceItemThresholdReason,
};
