import {
  deeper,
  enter,
  into,
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
import {
  bool,
  int,
  obj,
  oneOf,
  opt,
  ref,
  req,
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

const e0 = /* @__PURE__ */ set(["radar.early_fraud_warning"]);
const k0 = /* @__PURE__ */ set([
  "actionable",
  "charge",
  "created",
  "fraud_type",
  "id",
  "livemode",
  "object",
  "payment_intent",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.actionable;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["actionable"], v0, ok);
  } else {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["actionable"], "boolean", v0);
    }
  }
  const v1 = v.charge;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["charge"], v1, ok);
  } else {
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
  const v2 = v.created;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["created"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["created"], "integer", v2);
    }
  }
  const v3 = v.fraud_type;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["fraud_type"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["fraud_type"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["fraud_type"], 5000, v3);
    }
  }
  const v4 = v.id;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["id"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["id"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["id"], 5000, v4);
    }
  }
  const v5 = v.livemode;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["livemode"], v5, ok);
  } else {
    if (typeof v5 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v5);
    }
  }
  const v6 = v.object;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["object"], v6, ok);
  } else {
    if (!e0.has(v6)) {
      ok = notInEnum(c, ["object"], e0, v6, ok);
    }
  }
  const v7 = v.payment_intent;
  if (v7 !== undefined) {
    if (typeof v7 === "string") {
      if (v7.length > 5000 && tooLong(v7, 5000)) {
        ok = longFail(c, ["payment_intent"], 5000, v7);
      }
    } else if (isObject(v7)) {
      ok = into(c, checkPaymentIntent, v7, ok, "payment_intent");
    } else {
      ok = wrongType(c, ["payment_intent"], "string | object", v7);
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
  const v0 = v.actionable;
  if (typeof v0 !== "boolean") return false;
  const v1 = v.charge;
  if (v1 === undefined || v1 === null) return false;
  if (typeof v1 === "string") {
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  } else if (isObject(v1)) {
    if (!testCharge(v1, c)) return false;
  } else {
    return false;
  }
  const v2 = v.created;
  if (!isInt(v2)) return false;
  const v3 = v.fraud_type;
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  const v4 = v.id;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.livemode;
  if (typeof v5 !== "boolean") return false;
  const v6 = v.object;
  if (v6 !== "radar.early_fraud_warning") return false;
  const v7 = v.payment_intent;
  if (v7 !== undefined) {
    if (typeof v7 === "string") {
      if (v7.length > 5000 && tooLong(v7, 5000)) return false;
    } else if (isObject(v7)) {
      if (!testPaymentIntent(v7, c)) return false;
    } else {
      return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    actionable: req(bool()),
    charge: req(union(str(), ref(Charge))),
    created: req(int("unix-time")),
    fraud_type: req(str()),
    id: req(str()),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    payment_intent: opt(union(str(), ref(PaymentIntent))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "radar.early_fraud_warning",
  branch: "radar.early_fraud_warning",
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
  schema as RadarEarlyFraudWarning,
  validateInput as validateRadarEarlyFraudWarning,
  isValid as isRadarEarlyFraudWarning,
  check as checkRadarEarlyFraudWarning,
  test as testRadarEarlyFraudWarning,
};
