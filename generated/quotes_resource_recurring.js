import {
  deeper,
  enter,
  into,
  isInt,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, oneOf, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  QuotesResourceTotalDetails,
  checkQuotesResourceTotalDetails,
  testQuotesResourceTotalDetails,
} from "./quotes_resource_total_details.js";

const e0 = /* @__PURE__ */ set(["day", "month", "week", "year"]);
const k0 = /* @__PURE__ */ set([
  "amount_subtotal",
  "amount_total",
  "interval",
  "interval_count",
  "total_details",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount_subtotal;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["amount_subtotal"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount_subtotal"], "integer", v0);
    }
  }
  const v1 = v.amount_total;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["amount_total"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["amount_total"], "integer", v1);
    }
  }
  const v2 = v.interval;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["interval"], v2, ok);
  } else {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["interval"], e0, v2, ok);
    }
  }
  const v3 = v.interval_count;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["interval_count"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["interval_count"], "integer", v3);
    }
  }
  const v4 = v.total_details;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["total_details"], v4, ok);
  } else {
    ok = into(c, checkQuotesResourceTotalDetails, v4, ok, "total_details");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.amount_subtotal;
  if (!isInt(v0)) return false;
  const v1 = v.amount_total;
  if (!isInt(v1)) return false;
  const v2 = v.interval;
  if (!e0.has(v2)) return false;
  const v3 = v.interval_count;
  if (!isInt(v3)) return false;
  const v4 = v.total_details;
  if (!testQuotesResourceTotalDetails(v4, c)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount_subtotal: req(int()),
    amount_total: req(int()),
    interval: req(oneOf(e0)),
    interval_count: req(int()),
    total_details: req(ref(QuotesResourceTotalDetails)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "quotes_resource_recurring",
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
  schema as QuotesResourceRecurring,
  validateInput as validateQuotesResourceRecurring,
  isValid as isQuotesResourceRecurring,
  check as checkQuotesResourceRecurring,
  test as testQuotesResourceRecurring,
};
