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
  "data",
  "hosted_instructions_url",
  "image_url_png",
  "image_url_svg",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.data;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["data"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["data"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["data"], 5000, v0);
    }
  }
  const v1 = v.hosted_instructions_url;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["hosted_instructions_url"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["hosted_instructions_url"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["hosted_instructions_url"], 5000, v1);
    }
  }
  const v2 = v.image_url_png;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["image_url_png"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["image_url_png"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["image_url_png"], 5000, v2);
    }
  }
  const v3 = v.image_url_svg;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["image_url_svg"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["image_url_svg"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["image_url_svg"], 5000, v3);
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
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.hosted_instructions_url;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.image_url_png;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.image_url_svg;
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    data: req(str()),
    hosted_instructions_url: req(str()),
    image_url_png: req(str()),
    image_url_svg: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_next_action_promptpay_display_qr_code",
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
  schema as PaymentIntentNextActionPromptpayDisplayQrCode,
  validateInput as validatePaymentIntentNextActionPromptpayDisplayQrCode,
  isValid as isPaymentIntentNextActionPromptpayDisplayQrCode,
  check as checkPaymentIntentNextActionPromptpayDisplayQrCode,
  test as testPaymentIntentNextActionPromptpayDisplayQrCode,
};
