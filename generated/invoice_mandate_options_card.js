import {
  deeper,
  enter,
  isInt,
  isObject,
  longFail,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, oneOf, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["fixed", "maximum"]);
const k0 = /* @__PURE__ */ set(["amount", "amount_type", "description"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount"], "integer", v0);
    }
  }
  const v1 = v.amount_type;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["amount_type"], e0, v1, ok);
    }
  }
  const v2 = v.description;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["description"], "string", v2);
    } else if (v2.length > 200 && tooLong(v2, 200)) {
      ok = longFail(c, ["description"], 200, v2);
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
  const v0 = v.amount;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.amount_type;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) return false;
  }
  const v2 = v.description;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 200 && tooLong(v2, 200)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: opt(nul(int())),
    amount_type: opt(nul(oneOf(e0))),
    description: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoice_mandate_options_card",
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
  schema as InvoiceMandateOptionsCard,
  validateInput as validateInvoiceMandateOptionsCard,
  isValid as isInvoiceMandateOptionsCard,
  check as checkInvoiceMandateOptionsCard,
  test as testInvoiceMandateOptionsCard,
};
