import {
  deeper,
  enter,
  isObject,
  longFail,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["none"]);
const k0 = /* @__PURE__ */ set(["app_id", "client", "setup_future_usage"]);
const e1 = /* @__PURE__ */ set(["android", "ios", "web"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.app_id;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["app_id"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["app_id"], 5000, v0);
    }
  }
  const v1 = v.client;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["client"], "string", v1);
    }
  }
  const v2 = v.setup_future_usage;
  if (v2 !== undefined) {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["setup_future_usage"], e0, v2, ok);
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
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.client;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v.setup_future_usage;
  if (v2 !== undefined) {
    if (v2 !== "none") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    app_id: opt(nul(str())),
    client: opt(nul(oneOf(e1, true))),
    setup_future_usage: opt(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_options_wechat_pay",
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
  schema as PaymentMethodOptionsWechatPay,
  validateInput as validatePaymentMethodOptionsWechatPay,
  isValid as isPaymentMethodOptionsWechatPay,
  check as checkPaymentMethodOptionsWechatPay,
  test as testPaymentMethodOptionsWechatPay,
};
