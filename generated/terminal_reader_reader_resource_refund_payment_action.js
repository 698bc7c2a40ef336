import {
  deeper,
  enter,
  entry,
  into,
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
import {
  bool,
  int,
  obj,
  oneOf,
  opt,
  ref,
  str,
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Charge, checkCharge, testCharge } from "./charge.js";
import {
  PaymentIntent,
  checkPaymentIntent,
  testPaymentIntent,
} from "./payment_intent.js";
import { Refund, checkRefund, testRefund } from "./refund.js";

const e0 = /* @__PURE__ */ set([
  "duplicate",
  "fraudulent",
  "requested_by_customer",
]);
const k1 = /* @__PURE__ */ set([
  "amount",
  "charge",
  "metadata",
  "payment_intent",
  "reason",
  "refund",
  "refund_application_fee",
  "reverse_transfer",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount;
  if (v0 !== undefined) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount"], "integer", v0);
    }
  }
  const v1 = v.charge;
  if (v1 !== undefined) {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) {
        ok = longFail(c, ["charge"], 5000, v1);
      }
    } else if (isObject(v1)) {
      ok = into(c, checkCharge, v1, ok, "charge");
    } else {
      ok = wrongType(c, ["charge"], "string | object", v1);
    }
  }
  const v2 = v.metadata;
  if (v2 !== undefined) {
    if (!isObject(v2)) {
      ok = wrongType(c, ["metadata"], "object", v2);
    } else {
      for (const k0 of Object.keys(v2)) {
        const v3 = entry(v2, k0);
        if (typeof v3 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v3);
        } else if (v3.length > 500 && tooLong(v3, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v3);
        }
      }
    }
  }
  const v4 = v.payment_intent;
  if (v4 !== undefined) {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) {
        ok = longFail(c, ["payment_intent"], 5000, v4);
      }
    } else if (isObject(v4)) {
      ok = into(c, checkPaymentIntent, v4, ok, "payment_intent");
    } else {
      ok = wrongType(c, ["payment_intent"], "string | object", v4);
    }
  }
  const v5 = v.reason;
  if (v5 !== undefined) {
    if (!e0.has(v5)) {
      ok = notInEnum(c, ["reason"], e0, v5, ok);
    }
  }
  const v6 = v.refund;
  if (v6 !== undefined) {
    if (typeof v6 === "string") {
      if (v6.length > 5000 && tooLong(v6, 5000)) {
        ok = longFail(c, ["refund"], 5000, v6);
      }
    } else if (isObject(v6)) {
      ok = into(c, checkRefund, v6, ok, "refund");
    } else {
      ok = wrongType(c, ["refund"], "string | object", v6);
    }
  }
  const v7 = v.refund_application_fee;
  if (v7 !== undefined) {
    if (typeof v7 !== "boolean") {
      ok = wrongType(c, ["refund_application_fee"], "boolean", v7);
    }
  }
  const v8 = v.reverse_transfer;
  if (v8 !== undefined) {
    if (typeof v8 !== "boolean") {
      ok = wrongType(c, ["reverse_transfer"], "boolean", v8);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.amount;
  if (v0 !== undefined) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.charge;
  if (v1 !== undefined) {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) return false;
    } else if (isObject(v1)) {
      if (!testCharge(v1, c)) return false;
    } else {
      return false;
    }
  }
  const v2 = v.metadata;
  if (v2 !== undefined) {
    if (!isObject(v2)) return false;
    for (const k2 of Object.keys(v2)) {
      const v3 = entry(v2, k2);
      if (typeof v3 !== "string") return false;
      if (v3.length > 500 && tooLong(v3, 500)) return false;
    }
  }
  const v4 = v.payment_intent;
  if (v4 !== undefined) {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) return false;
    } else if (isObject(v4)) {
      if (!testPaymentIntent(v4, c)) return false;
    } else {
      return false;
    }
  }
  const v5 = v.reason;
  if (v5 !== undefined) {
    if (!e0.has(v5)) return false;
  }
  const v6 = v.refund;
  if (v6 !== undefined) {
    if (typeof v6 === "string") {
      if (v6.length > 5000 && tooLong(v6, 5000)) return false;
    } else if (isObject(v6)) {
      if (!testRefund(v6, c)) return false;
    } else {
      return false;
    }
  }
  const v7 = v.refund_application_fee;
  if (v7 !== undefined) {
    if (typeof v7 !== "boolean") return false;
  }
  const v8 = v.reverse_transfer;
  if (v8 !== undefined) {
    if (typeof v8 !== "boolean") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: opt(int()),
    charge: opt(union(str(), ref(Charge))),
    metadata: opt(obj({}, str())),
    payment_intent: opt(union(str(), ref(PaymentIntent))),
    reason: opt(oneOf(e0)),
    refund: opt(union(str(), ref(Refund))),
    refund_application_fee: opt(bool()),
    reverse_transfer: opt(bool()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "terminal_reader_reader_resource_refund_payment_action",
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
  schema as TerminalReaderReaderResourceRefundPaymentAction,
  validateInput as validateTerminalReaderReaderResourceRefundPaymentAction,
  isValid as isTerminalReaderReaderResourceRefundPaymentAction,
  check as checkTerminalReaderReaderResourceRefundPaymentAction,
  test as testTerminalReaderReaderResourceRefundPaymentAction,
};
