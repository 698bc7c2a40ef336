import {
  deeper,
  enter,
  isInt,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["end", "start"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.end;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["end"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["end"], "integer", v0);
    }
  }
  const v1 = v.start;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["start"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["start"], "integer", v1);
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
  const v0 = v.end;
  if (!isInt(v0)) return false;
  const v1 = v.start;
  if (!isInt(v1)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ end: req(int("unix-time")), start: req(int("unix-time")) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoice_line_item_period",
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
  schema as InvoiceLineItemPeriod,
  validateInput as validateInvoiceLineItemPeriod,
  isValid as isInvoiceLineItemPeriod,
  check as checkInvoiceLineItemPeriod,
  test as testInvoiceLineItemPeriod,
};
