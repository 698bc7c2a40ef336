import {
  deeper,
  enter,
  isInt,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "data",
  "expires_at",
  "hosted_instructions_url",
  "image_url_png",
  "image_url_svg",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.data;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["data"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["data"], 5000, v0);
    }
  }
  const v1 = v.expires_at;
  if (v1 !== undefined) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["expires_at"], "integer", v1);
    }
  }
  const v2 = v.hosted_instructions_url;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["hosted_instructions_url"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["hosted_instructions_url"], 5000, v2);
    }
  }
  const v3 = v.image_url_png;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["image_url_png"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["image_url_png"], 5000, v3);
    }
  }
  const v4 = v.image_url_svg;
  if (v4 !== undefined) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["image_url_svg"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["image_url_svg"], 5000, v4);
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
  const v0 = v.data;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.expires_at;
  if (v1 !== undefined) {
    if (!isInt(v1)) return false;
  }
  const v2 = v.hosted_instructions_url;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.image_url_png;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.image_url_svg;
  if (v4 !== undefined) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    data: opt(str()),
    expires_at: opt(int()),
    hosted_instructions_url: opt(str()),
    image_url_png: opt(str()),
    image_url_svg: opt(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_next_action_pix_display_qr_code",
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
  schema as PaymentIntentNextActionPixDisplayQrCode,
  validateInput as validatePaymentIntentNextActionPixDisplayQrCode,
  isValid as isPaymentIntentNextActionPixDisplayQrCode,
  check as checkPaymentIntentNextActionPixDisplayQrCode,
  test as testPaymentIntentNextActionPixDisplayQrCode,
};
