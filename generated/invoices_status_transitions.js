import {
  deeper,
  enter,
  isInt,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "finalized_at",
  "marked_uncollectible_at",
  "paid_at",
  "voided_at",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.finalized_at;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["finalized_at"], "integer", v0);
    }
  }
  const v1 = v.marked_uncollectible_at;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["marked_uncollectible_at"], "integer", v1);
    }
  }
  const v2 = v.paid_at;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) {
      ok = wrongType(c, ["paid_at"], "integer", v2);
    }
  }
  const v3 = v.voided_at;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) {
      ok = wrongType(c, ["voided_at"], "integer", v3);
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
  const v0 = v.finalized_at;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.marked_uncollectible_at;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
  }
  const v2 = v.paid_at;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) return false;
  }
  const v3 = v.voided_at;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    finalized_at: opt(nul(int("unix-time"))),
    marked_uncollectible_at: opt(nul(int("unix-time"))),
    paid_at: opt(nul(int("unix-time"))),
    voided_at: opt(nul(int("unix-time"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "invoices_status_transitions",
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
  schema as InvoicesStatusTransitions,
  validateInput as validateInvoicesStatusTransitions,
  isValid as isInvoicesStatusTransitions,
  check as checkInvoicesStatusTransitions,
  test as testInvoicesStatusTransitions,
};
