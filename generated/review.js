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
  nul,
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
import {
  RadarReviewResourceLocation,
  checkRadarReviewResourceLocation,
  testRadarReviewResourceLocation,
} from "./radar_review_resource_location.js";
import {
  RadarReviewResourceSession,
  checkRadarReviewResourceSession,
  testRadarReviewResourceSession,
} from "./radar_review_resource_session.js";

const e0 = /* @__PURE__ */ set([
  "approved",
  "disputed",
  "redacted",
  "refunded",
  "refunded_as_fraud",
]);
const e1 = /* @__PURE__ */ set(["review"]);
const e2 = /* @__PURE__ */ set(["manual", "rule"]);
const k0 = /* @__PURE__ */ set([
  "billing_zip",
  "charge",
  "closed_reason",
  "created",
  "id",
  "ip_address",
  "ip_address_location",
  "livemode",
  "object",
  "open",
  "opened_reason",
  "payment_intent",
  "reason",
  "session",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.billing_zip;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["billing_zip"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["billing_zip"], 5000, v0);
    }
  }
  const v1 = v.charge;
  if (v1 !== undefined && v1 !== null) {
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
  const v2 = v.closed_reason;
  if (v2 !== undefined && v2 !== null) {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["closed_reason"], e0, v2, ok);
    }
  }
  const v3 = v.created;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["created"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["created"], "integer", v3);
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
  const v5 = v.ip_address;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["ip_address"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["ip_address"], 5000, v5);
    }
  }
  const v6 = v.ip_address_location;
  if (v6 !== undefined && v6 !== null) {
    ok = into(
      c,
      checkRadarReviewResourceLocation,
      v6,
      ok,
      "ip_address_location",
    );
  }
  const v7 = v.livemode;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["livemode"], v7, ok);
  } else {
    if (typeof v7 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v7);
    }
  }
  const v8 = v.object;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["object"], v8, ok);
  } else {
    if (!e1.has(v8)) {
      ok = notInEnum(c, ["object"], e1, v8, ok);
    }
  }
  const v9 = v.open;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["open"], v9, ok);
  } else {
    if (typeof v9 !== "boolean") {
      ok = wrongType(c, ["open"], "boolean", v9);
    }
  }
  const v10 = v.opened_reason;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["opened_reason"], v10, ok);
  } else {
    if (!e2.has(v10)) {
      ok = notInEnum(c, ["opened_reason"], e2, v10, ok);
    }
  }
  const v11 = v.payment_intent;
  if (v11 !== undefined) {
    if (typeof v11 === "string") {
      if (v11.length > 5000 && tooLong(v11, 5000)) {
        ok = longFail(c, ["payment_intent"], 5000, v11);
      }
    } else if (isObject(v11)) {
      ok = into(c, checkPaymentIntent, v11, ok, "payment_intent");
    } else {
      ok = wrongType(c, ["payment_intent"], "string | object", v11);
    }
  }
  const v12 = v.reason;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["reason"], v12, ok);
  } else {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["reason"], "string", v12);
    } else if (v12.length > 5000 && tooLong(v12, 5000)) {
      ok = longFail(c, ["reason"], 5000, v12);
    }
  }
  const v13 = v.session;
  if (v13 !== undefined && v13 !== null) {
    ok = into(c, checkRadarReviewResourceSession, v13, ok, "session");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.billing_zip;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.charge;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) return false;
    } else if (isObject(v1)) {
      if (!testCharge(v1, c)) return false;
    } else {
      return false;
    }
  }
  const v2 = v.closed_reason;
  if (v2 !== undefined && v2 !== null) {
    if (!e0.has(v2)) return false;
  }
  const v3 = v.created;
  if (!isInt(v3)) return false;
  const v4 = v.id;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.ip_address;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.ip_address_location;
  if (v6 !== undefined && v6 !== null) {
    if (!testRadarReviewResourceLocation(v6, c)) return false;
  }
  const v7 = v.livemode;
  if (typeof v7 !== "boolean") return false;
  const v8 = v.object;
  if (v8 !== "review") return false;
  const v9 = v.open;
  if (typeof v9 !== "boolean") return false;
  const v10 = v.opened_reason;
  if (!e2.has(v10)) return false;
  const v11 = v.payment_intent;
  if (v11 !== undefined) {
    if (typeof v11 === "string") {
      if (v11.length > 5000 && tooLong(v11, 5000)) return false;
    } else if (isObject(v11)) {
      if (!testPaymentIntent(v11, c)) return false;
    } else {
      return false;
    }
  }
  const v12 = v.reason;
  if (typeof v12 !== "string") return false;
  if (v12.length > 5000 && tooLong(v12, 5000)) return false;
  const v13 = v.session;
  if (v13 !== undefined && v13 !== null) {
    if (!testRadarReviewResourceSession(v13, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    billing_zip: opt(nul(str())),
    charge: opt(nul(union(str(), ref(Charge)))),
    closed_reason: opt(nul(oneOf(e0))),
    created: req(int("unix-time")),
    id: req(str()),
    ip_address: opt(nul(str())),
    ip_address_location: opt(nul(ref(RadarReviewResourceLocation))),
    livemode: req(bool()),
    object: req(oneOf(e1)),
    open: req(bool()),
    opened_reason: req(oneOf(e2)),
    payment_intent: opt(union(str(), ref(PaymentIntent))),
    reason: req(str()),
    session: opt(nul(ref(RadarReviewResourceSession))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "review",
  branch: "review",
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
  schema as Review,
  validateInput as validateReview,
  isValid as isReview,
  check as checkReview,
  test as testReview,
};
