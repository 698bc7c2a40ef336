import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  QuotesResourceRecurring,
  checkQuotesResourceRecurring,
  testQuotesResourceRecurring,
} from "./quotes_resource_recurring.js";
import {
  QuotesResourceUpfront,
  checkQuotesResourceUpfront,
  testQuotesResourceUpfront,
} from "./quotes_resource_upfront.js";

const k0 = /* @__PURE__ */ set(["recurring", "upfront"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.recurring;
  if (v0 !== undefined && v0 !== null) {
    ok = into(c, checkQuotesResourceRecurring, v0, ok, "recurring");
  }
  const v1 = v.upfront;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["upfront"], v1, ok);
  } else {
    ok = into(c, checkQuotesResourceUpfront, v1, ok, "upfront");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.recurring;
  if (v0 !== undefined && v0 !== null) {
    if (!testQuotesResourceRecurring(v0, c)) return false;
  }
  const v1 = v.upfront;
  if (!testQuotesResourceUpfront(v1, c)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    recurring: opt(nul(ref(QuotesResourceRecurring))),
    upfront: req(ref(QuotesResourceUpfront)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "quotes_resource_computed",
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
  schema as QuotesResourceComputed,
  validateInput as validateQuotesResourceComputed,
  isValid as isQuotesResourceComputed,
  check as checkQuotesResourceComputed,
  test as testQuotesResourceComputed,
};
