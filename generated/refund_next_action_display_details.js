import {
  deeper,
  enter,
  into,
  isInt,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { EmailSent, checkEmailSent, testEmailSent } from "./email_sent.js";

const k0 = /* @__PURE__ */ set(["email_sent", "expires_at"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.email_sent;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["email_sent"], v0, ok);
  } else {
    ok = into(c, checkEmailSent, v0, ok, "email_sent");
  }
  const v1 = v.expires_at;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["expires_at"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["expires_at"], "integer", v1);
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
  const v0 = v.email_sent;
  if (!testEmailSent(v0, c)) return false;
  const v1 = v.expires_at;
  if (!isInt(v1)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    email_sent: req(ref(EmailSent)),
    expires_at: req(int("unix-time")),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "refund_next_action_display_details",
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
  schema as RefundNextActionDisplayDetails,
  validateInput as validateRefundNextActionDisplayDetails,
  isValid as isRefundNextActionDisplayDetails,
  check as checkRefundNextActionDisplayDetails,
  test as testRefundNextActionDisplayDetails,
};
