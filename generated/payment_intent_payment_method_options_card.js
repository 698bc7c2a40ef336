import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt, ref, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentMethodOptionsCardInstallments,
  checkPaymentMethodOptionsCardInstallments,
  testPaymentMethodOptionsCardInstallments,
} from "./payment_method_options_card_installments.js";
import {
  PaymentMethodOptionsCardMandateOptions,
  checkPaymentMethodOptionsCardMandateOptions,
  testPaymentMethodOptionsCardMandateOptions,
} from "./payment_method_options_card_mandate_options.js";

const e0 = /* @__PURE__ */ set(["manual"]);
const e1 = /* @__PURE__ */ set([
  "amex",
  "cartes_bancaires",
  "diners",
  "discover",
  "eftpos_au",
  "interac",
  "jcb",
  "mastercard",
  "unionpay",
  "unknown",
  "visa",
]);
const e2 = /* @__PURE__ */ set(["any", "automatic", "challenge_only"]);
const e3 = /* @__PURE__ */ set(["none", "off_session", "on_session"]);
const k0 = /* @__PURE__ */ set([
  "capture_method",
  "installments",
  "mandate_options",
  "network",
  "request_three_d_secure",
  "setup_future_usage",
  "statement_descriptor_suffix_kana",
  "statement_descriptor_suffix_kanji",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.capture_method;
  if (v0 !== undefined) {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["capture_method"], e0, v0, ok);
    }
  }
  const v1 = v.installments;
  if (v1 !== undefined && v1 !== null) {
    ok = into(
      c,
      checkPaymentMethodOptionsCardInstallments,
      v1,
      ok,
      "installments",
    );
  }
  const v2 = v.mandate_options;
  if (v2 !== undefined && v2 !== null) {
    ok = into(
      c,
      checkPaymentMethodOptionsCardMandateOptions,
      v2,
      ok,
      "mandate_options",
    );
  }
  const v3 = v.network;
  if (v3 !== undefined && v3 !== null) {
    if (!e1.has(v3)) {
      ok = notInEnum(c, ["network"], e1, v3, ok);
    }
  }
  const v4 = v.request_three_d_secure;
  if (v4 !== undefined && v4 !== null) {
    if (!e2.has(v4)) {
      ok = notInEnum(c, ["request_three_d_secure"], e2, v4, ok);
    }
  }
  const v5 = v.setup_future_usage;
  if (v5 !== undefined) {
    if (!e3.has(v5)) {
      ok = notInEnum(c, ["setup_future_usage"], e3, v5, ok);
    }
  }
  const v6 = v.statement_descriptor_suffix_kana;
  if (v6 !== undefined) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["statement_descriptor_suffix_kana"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["statement_descriptor_suffix_kana"], 5000, v6);
    }
  }
  const v7 = v.statement_descriptor_suffix_kanji;
  if (v7 !== undefined) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["statement_descriptor_suffix_kanji"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["statement_descriptor_suffix_kanji"], 5000, v7);
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
  const v0 = v.capture_method;
  if (v0 !== undefined) {
    if (v0 !== "manual") return false;
  }
  const v1 = v.installments;
  if (v1 !== undefined && v1 !== null) {
    if (!testPaymentMethodOptionsCardInstallments(v1, c)) return false;
  }
  const v2 = v.mandate_options;
  if (v2 !== undefined && v2 !== null) {
    if (!testPaymentMethodOptionsCardMandateOptions(v2, c)) return false;
  }
  const v3 = v.network;
  if (v3 !== undefined && v3 !== null) {
    if (!e1.has(v3)) return false;
  }
  const v4 = v.request_three_d_secure;
  if (v4 !== undefined && v4 !== null) {
    if (!e2.has(v4)) return false;
  }
  const v5 = v.setup_future_usage;
  if (v5 !== undefined) {
    if (!e3.has(v5)) return false;
  }
  const v6 = v.statement_descriptor_suffix_kana;
  if (v6 !== undefined) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.statement_descriptor_suffix_kanji;
  if (v7 !== undefined) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    capture_method: opt(oneOf(e0)),
    installments: opt(nul(ref(PaymentMethodOptionsCardInstallments))),
    mandate_options: opt(nul(ref(PaymentMethodOptionsCardMandateOptions))),
    network: opt(nul(oneOf(e1))),
    request_three_d_secure: opt(nul(oneOf(e2))),
    setup_future_usage: opt(oneOf(e3)),
    statement_descriptor_suffix_kana: opt(str()),
    statement_descriptor_suffix_kanji: opt(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_payment_method_options_card",
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
  schema as PaymentIntentPaymentMethodOptionsCard,
  validateInput as validatePaymentIntentPaymentMethodOptionsCard,
  isValid as isPaymentIntentPaymentMethodOptionsCard,
  check as checkPaymentIntentPaymentMethodOptionsCard,
  test as testPaymentIntentPaymentMethodOptionsCard,
};
