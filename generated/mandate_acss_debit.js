import {
  deeper,
  enter,
  full,
  isArray,
  isObject,
  longFail,
  missing,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, nul, obj, oneOf, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["invoice", "subscription"]);
const e1 = /* @__PURE__ */ set(["combined", "interval", "sporadic"]);
const e2 = /* @__PURE__ */ set(["business", "personal"]);
const k0 = /* @__PURE__ */ set([
  "default_for",
  "interval_description",
  "payment_schedule",
  "transaction_type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.default_for;
  if (v0 !== undefined) {
    if (!isArray(v0)) {
      ok = wrongType(c, ["default_for"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        if (!e0.has(v1)) {
          ok = notInEnum(c, ["default_for", i0], e0, v1, ok);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.interval_description;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["interval_description"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["interval_description"], 5000, v2);
    }
  }
  const v3 = v.payment_schedule;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["payment_schedule"], v3, ok);
  } else {
    if (!e1.has(v3)) {
      ok = notInEnum(c, ["payment_schedule"], e1, v3, ok);
    }
  }
  const v4 = v.transaction_type;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["transaction_type"], v4, ok);
  } else {
    if (!e2.has(v4)) {
      ok = notInEnum(c, ["transaction_type"], e2, v4, ok);
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
  const v0 = v.default_for;
  if (v0 !== undefined) {
    if (!isArray(v0)) return false;
    for (let i0 = 0; i0 < v0.length; i0++) {
      const v1 = v0[i0];
      if (!e0.has(v1)) return false;
    }
  }
  const v2 = v.interval_description;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.payment_schedule;
  if (!e1.has(v3)) return false;
  const v4 = v.transaction_type;
  if (!e2.has(v4)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    default_for: opt(list(oneOf(e0))),
    interval_description: opt(nul(str())),
    payment_schedule: req(oneOf(e1)),
    transaction_type: req(oneOf(e2)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "mandate_acss_debit",
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
  schema as MandateAcssDebit,
  validateInput as validateMandateAcssDebit,
  isValid as isMandateAcssDebit,
  check as checkMandateAcssDebit,
  test as testMandateAcssDebit,
};
