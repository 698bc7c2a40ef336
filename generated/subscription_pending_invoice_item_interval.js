import {
  deeper,
  enter,
  isInt,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, oneOf, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["day", "month", "week", "year"]);
const k0 = /* @__PURE__ */ set(["interval", "interval_count"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.interval;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["interval"], v0, ok);
  } else {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["interval"], e0, v0, ok);
    }
  }
  const v1 = v.interval_count;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["interval_count"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["interval_count"], "integer", v1);
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
  const v0 = v.interval;
  if (!e0.has(v0)) return false;
  const v1 = v.interval_count;
  if (!isInt(v1)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ interval: req(oneOf(e0)), interval_count: req(int()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "subscription_pending_invoice_item_interval",
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
  schema as SubscriptionPendingInvoiceItemInterval,
  validateInput as validateSubscriptionPendingInvoiceItemInterval,
  isValid as isSubscriptionPendingInvoiceItemInterval,
  check as checkSubscriptionPendingInvoiceItemInterval,
  test as testSubscriptionPendingInvoiceItemInterval,
};
