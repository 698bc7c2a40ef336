import {
  deeper,
  enter,
  isInt,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "expires_at",
  "image_url_png",
  "image_url_svg",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.expires_at;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["expires_at"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["expires_at"], "integer", v0);
    }
  }
  const v1 = v.image_url_png;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["image_url_png"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["image_url_png"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["image_url_png"], 5000, v1);
    }
  }
  const v2 = v.image_url_svg;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["image_url_svg"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["image_url_svg"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["image_url_svg"], 5000, v2);
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
  const v0 = v.expires_at;
  if (!isInt(v0)) return false;
  const v1 = v.image_url_png;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.image_url_svg;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    expires_at: req(int("unix-time")),
    image_url_png: req(str()),
    image_url_svg: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_next_action_cashapp_qr_code",
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
  schema as PaymentIntentNextActionCashappQrCode,
  validateInput as validatePaymentIntentNextActionCashappQrCode,
  isValid as isPaymentIntentNextActionCashappQrCode,
  check as checkPaymentIntentNextActionCashappQrCode,
  test as testPaymentIntentNextActionCashappQrCode,
};
