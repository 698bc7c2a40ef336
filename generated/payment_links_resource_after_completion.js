import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentLinksResourceCompletionBehaviorConfirmationPage,
  checkPaymentLinksResourceCompletionBehaviorConfirmationPage,
  testPaymentLinksResourceCompletionBehaviorConfirmationPage,
} from "./payment_links_resource_completion_behavior_confirmation_page.js";
import {
  PaymentLinksResourceCompletionBehaviorRedirect,
  checkPaymentLinksResourceCompletionBehaviorRedirect,
  testPaymentLinksResourceCompletionBehaviorRedirect,
} from "./payment_links_resource_completion_behavior_redirect.js";

const e0 = /* @__PURE__ */ set(["hosted_confirmation", "redirect"]);
const k0 = /* @__PURE__ */ set(["hosted_confirmation", "redirect", "type"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.hosted_confirmation;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkPaymentLinksResourceCompletionBehaviorConfirmationPage,
      v0,
      ok,
      "hosted_confirmation",
    );
  }
  const v1 = v.redirect;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkPaymentLinksResourceCompletionBehaviorRedirect,
      v1,
      ok,
      "redirect",
    );
  }
  const v2 = v.type;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["type"], v2, ok);
  } else {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["type"], e0, v2, ok);
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
  const v0 = v.hosted_confirmation;
  if (v0 !== undefined) {
    if (!testPaymentLinksResourceCompletionBehaviorConfirmationPage(v0, c))
      return false;
  }
  const v1 = v.redirect;
  if (v1 !== undefined) {
    if (!testPaymentLinksResourceCompletionBehaviorRedirect(v1, c))
      return false;
  }
  const v2 = v.type;
  if (!e0.has(v2)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    hosted_confirmation: opt(
      ref(PaymentLinksResourceCompletionBehaviorConfirmationPage),
    ),
    redirect: opt(ref(PaymentLinksResourceCompletionBehaviorRedirect)),
    type: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_links_resource_after_completion",
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
  schema as PaymentLinksResourceAfterCompletion,
  validateInput as validatePaymentLinksResourceAfterCompletion,
  isValid as isPaymentLinksResourceAfterCompletion,
  check as checkPaymentLinksResourceAfterCompletion,
  test as testPaymentLinksResourceAfterCompletion,
};
