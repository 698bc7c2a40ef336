import {
  deeper,
  enter,
  full,
  isArray,
  isInt,
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
import { int, list, nul, obj, oneOf, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["fixed", "maximum"]);
const e1 = /* @__PURE__ */ set(["day", "month", "sporadic", "week", "year"]);
const e2 = /* @__PURE__ */ set(["india"]);
const k0 = /* @__PURE__ */ set([
  "amount",
  "amount_type",
  "description",
  "end_date",
  "interval",
  "interval_count",
  "reference",
  "start_date",
  "supported_types",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["amount"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount"], "integer", v0);
    }
  }
  const v1 = v.amount_type;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["amount_type"], v1, ok);
  } else {
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
  const v3 = v.end_date;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) {
      ok = wrongType(c, ["end_date"], "integer", v3);
    }
  }
  const v4 = v.interval;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["interval"], v4, ok);
  } else {
    if (!e1.has(v4)) {
      ok = notInEnum(c, ["interval"], e1, v4, ok);
    }
  }
  const v5 = v.interval_count;
  if (v5 !== undefined && v5 !== null) {
    if (!isInt(v5)) {
      ok = wrongType(c, ["interval_count"], "integer", v5);
    }
  }
  const v6 = v.reference;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["reference"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["reference"], "string", v6);
    } else if (v6.length > 80 && tooLong(v6, 80)) {
      ok = longFail(c, ["reference"], 80, v6);
    }
  }
  const v7 = v.start_date;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["start_date"], v7, ok);
  } else {
    if (!isInt(v7)) {
      ok = wrongType(c, ["start_date"], "integer", v7);
    }
  }
  const v8 = v.supported_types;
  if (v8 !== undefined && v8 !== null) {
    if (!isArray(v8)) {
      ok = wrongType(c, ["supported_types"], "array", v8);
    } else {
      for (let i0 = 0; i0 < v8.length; i0++) {
        const v9 = v8[i0];
        if (!e2.has(v9)) {
          ok = notInEnum(c, ["supported_types", i0], e2, v9, ok);
        }
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
  const v0 = v.amount;
  if (!isInt(v0)) return false;
  const v1 = v.amount_type;
  if (!e0.has(v1)) return false;
  const v2 = v.description;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 200 && tooLong(v2, 200)) return false;
  }
  const v3 = v.end_date;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) return false;
  }
  const v4 = v.interval;
  if (!e1.has(v4)) return false;
  const v5 = v.interval_count;
  if (v5 !== undefined && v5 !== null) {
    if (!isInt(v5)) return false;
  }
  const v6 = v.reference;
  if (typeof v6 !== "string") return false;
  if (v6.length > 80 && tooLong(v6, 80)) return false;
  const v7 = v.start_date;
  if (!isInt(v7)) return false;
  const v8 = v.supported_types;
  if (v8 !== undefined && v8 !== null) {
    if (!isArray(v8)) return false;
    for (let i0 = 0; i0 < v8.length; i0++) {
      const v9 = v8[i0];
      if (v9 !== "india") return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    amount_type: req(oneOf(e0)),
    description: opt(nul(str())),
    end_date: opt(nul(int("unix-time"))),
    interval: req(oneOf(e1)),
    interval_count: opt(nul(int())),
    reference: req(str()),
    start_date: req(int("unix-time")),
    supported_types: opt(nul(list(oneOf(e2)))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_options_card_mandate_options",
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
  schema as PaymentMethodOptionsCardMandateOptions,
  validateInput as validatePaymentMethodOptionsCardMandateOptions,
  isValid as isPaymentMethodOptionsCardMandateOptions,
  check as checkPaymentMethodOptionsCardMandateOptions,
  test as testPaymentMethodOptionsCardMandateOptions,
};
