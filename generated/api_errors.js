import {
  branchTests,
  branches,
  deeper,
  enter,
  into,
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
import { obj, oneOf, opt, ref, req, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  BankAccount,
  checkBankAccount,
  testBankAccount,
} from "./bank_account.js";
import { Card, checkCard, testCard } from "./card.js";
import {
  PaymentIntent,
  checkPaymentIntent,
  testPaymentIntent,
} from "./payment_intent.js";
import {
  PaymentMethod,
  checkPaymentMethod,
  testPaymentMethod,
} from "./payment_method.js";
import {
  SetupIntent,
  checkSetupIntent,
  testSetupIntent,
} from "./setup_intent.js";
import { Source, checkSource, testSource } from "./source.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["bank_account", checkBankAccount, "bank_account"],
  ["card", checkCard, "card"],
  ["source", checkSource, "source"],
]);
const e0 = /* @__PURE__ */ set([
  "api_error",
  "card_error",
  "idempotency_error",
  "invalid_request_error",
]);
const k0 = /* @__PURE__ */ set([
  "charge",
  "code",
  "decline_code",
  "doc_url",
  "message",
  "param",
  "payment_intent",
  "payment_method",
  "payment_method_type",
  "request_log_url",
  "setup_intent",
  "source",
  "type",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testBankAccount, "bank_account"],
  [testCard, "card"],
  [testSource, "source"],
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.charge;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["charge"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["charge"], 5000, v0);
    }
  }
  const v1 = v.code;
  if (v1 !== undefined) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["code"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["code"], 5000, v1);
    }
  }
  const v2 = v.decline_code;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["decline_code"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["decline_code"], 5000, v2);
    }
  }
  const v3 = v.doc_url;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["doc_url"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["doc_url"], 5000, v3);
    }
  }
  const v4 = v.message;
  if (v4 !== undefined) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["message"], "string", v4);
    } else if (v4.length > 40000 && tooLong(v4, 40000)) {
      ok = longFail(c, ["message"], 40000, v4);
    }
  }
  const v5 = v.param;
  if (v5 !== undefined) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["param"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["param"], 5000, v5);
    }
  }
  const v6 = v.payment_intent;
  if (v6 !== undefined) {
    ok = into(c, checkPaymentIntent, v6, ok, "payment_intent");
  }
  const v7 = v.payment_method;
  if (v7 !== undefined) {
    ok = into(c, checkPaymentMethod, v7, ok, "payment_method");
  }
  const v8 = v.payment_method_type;
  if (v8 !== undefined) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["payment_method_type"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["payment_method_type"], 5000, v8);
    }
  }
  const v9 = v.request_log_url;
  if (v9 !== undefined) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["request_log_url"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["request_log_url"], 5000, v9);
    }
  }
  const v10 = v.setup_intent;
  if (v10 !== undefined) {
    ok = into(c, checkSetupIntent, v10, ok, "setup_intent");
  }
  const v11 = v.source;
  if (v11 !== undefined) {
    if (isObject(v11)) {
      ok = into(c, d0, v11, ok, "source");
    } else {
      ok = wrongType(c, ["source"], "object", v11);
    }
  }
  const v12 = v.type;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["type"], v12, ok);
  } else {
    if (!e0.has(v12)) {
      ok = notInEnum(c, ["type"], e0, v12, ok);
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
  const v0 = v.charge;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.code;
  if (v1 !== undefined) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.decline_code;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.doc_url;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.message;
  if (v4 !== undefined) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 40000 && tooLong(v4, 40000)) return false;
  }
  const v5 = v.param;
  if (v5 !== undefined) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.payment_intent;
  if (v6 !== undefined) {
    if (!testPaymentIntent(v6, c)) return false;
  }
  const v7 = v.payment_method;
  if (v7 !== undefined) {
    if (!testPaymentMethod(v7, c)) return false;
  }
  const v8 = v.payment_method_type;
  if (v8 !== undefined) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  const v9 = v.request_log_url;
  if (v9 !== undefined) {
    if (typeof v9 !== "string") return false;
    if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  }
  const v10 = v.setup_intent;
  if (v10 !== undefined) {
    if (!testSetupIntent(v10, c)) return false;
  }
  const v11 = v.source;
  if (v11 !== undefined) {
    if (isObject(v11)) {
      if (!d1(v11, c)) return false;
    } else {
      return false;
    }
  }
  const v12 = v.type;
  if (!e0.has(v12)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    charge: opt(str()),
    code: opt(str()),
    decline_code: opt(str()),
    doc_url: opt(str()),
    message: opt(str()),
    param: opt(str()),
    payment_intent: opt(ref(PaymentIntent)),
    payment_method: opt(ref(PaymentMethod)),
    payment_method_type: opt(str()),
    request_log_url: opt(str()),
    setup_intent: opt(ref(SetupIntent)),
    source: opt(union(ref(BankAccount), ref(Card), ref(Source))),
    type: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "api_errors",
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
  schema as ApiErrors,
  validateInput as validateApiErrors,
  isValid as isApiErrors,
  check as checkApiErrors,
  test as testApiErrors,
};
