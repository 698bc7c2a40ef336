import {
  deeper,
  enter,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "app_id",
  "nonce_str",
  "package",
  "partner_id",
  "prepay_id",
  "sign",
  "timestamp",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.app_id;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["app_id"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["app_id"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["app_id"], 5000, v0);
    }
  }
  const v1 = v.nonce_str;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["nonce_str"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["nonce_str"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["nonce_str"], 5000, v1);
    }
  }
  const v2 = v.package;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["package"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["package"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["package"], 5000, v2);
    }
  }
  const v3 = v.partner_id;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["partner_id"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["partner_id"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["partner_id"], 5000, v3);
    }
  }
  const v4 = v.prepay_id;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["prepay_id"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["prepay_id"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["prepay_id"], 5000, v4);
    }
  }
  const v5 = v.sign;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["sign"], v5, ok);
  } else {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["sign"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["sign"], 5000, v5);
    }
  }
  const v6 = v.timestamp;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["timestamp"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["timestamp"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["timestamp"], 5000, v6);
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
  const v0 = v.app_id;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.nonce_str;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.package;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.partner_id;
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  const v4 = v.prepay_id;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.sign;
  if (typeof v5 !== "string") return false;
  if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  const v6 = v.timestamp;
  if (typeof v6 !== "string") return false;
  if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    app_id: req(str()),
    nonce_str: req(str()),
    package: req(str()),
    partner_id: req(str()),
    prepay_id: req(str()),
    sign: req(str()),
    timestamp: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_next_action_wechat_pay_redirect_to_android_app",
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
  schema as PaymentIntentNextActionWechatPayRedirectToAndroidApp,
  validateInput as validatePaymentIntentNextActionWechatPayRedirectToAndroidApp,
  isValid as isPaymentIntentNextActionWechatPayRedirectToAndroidApp,
  check as checkPaymentIntentNextActionWechatPayRedirectToAndroidApp,
  test as testPaymentIntentNextActionWechatPayRedirectToAndroidApp,
};
