import {
  deeper,
  enter,
  into,
  isInt,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, opt, ref, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentMethodDetailsCardChecks,
  checkPaymentMethodDetailsCardChecks,
  testPaymentMethodDetailsCardChecks,
} from "./payment_method_details_card_checks.js";
import {
  SetupAttemptPaymentMethodDetailsCardWallet,
  checkSetupAttemptPaymentMethodDetailsCardWallet,
  testSetupAttemptPaymentMethodDetailsCardWallet,
} from "./setup_attempt_payment_method_details_card_wallet.js";
import {
  ThreeDSecureDetails,
  checkThreeDSecureDetails,
  testThreeDSecureDetails,
} from "./three_d_secure_details.js";

const k0 = /* @__PURE__ */ set([
  "brand",
  "checks",
  "country",
  "exp_month",
  "exp_year",
  "fingerprint",
  "funding",
  "last4",
  "network",
  "three_d_secure",
  "wallet",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.brand;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["brand"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["brand"], 5000, v0);
    }
  }
  const v1 = v.checks;
  if (v1 !== undefined && v1 !== null) {
    ok = into(c, checkPaymentMethodDetailsCardChecks, v1, ok, "checks");
  }
  const v2 = v.country;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["country"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["country"], 5000, v2);
    }
  }
  const v3 = v.exp_month;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) {
      ok = wrongType(c, ["exp_month"], "integer", v3);
    }
  }
  const v4 = v.exp_year;
  if (v4 !== undefined && v4 !== null) {
    if (!isInt(v4)) {
      ok = wrongType(c, ["exp_year"], "integer", v4);
    }
  }
  const v5 = v.fingerprint;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["fingerprint"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["fingerprint"], 5000, v5);
    }
  }
  const v6 = v.funding;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["funding"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["funding"], 5000, v6);
    }
  }
  const v7 = v.last4;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["last4"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["last4"], 5000, v7);
    }
  }
  const v8 = v.network;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["network"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["network"], 5000, v8);
    }
  }
  const v9 = v.three_d_secure;
  if (v9 !== undefined && v9 !== null) {
    ok = into(c, checkThreeDSecureDetails, v9, ok, "three_d_secure");
  }
  const v10 = v.wallet;
  if (v10 !== undefined && v10 !== null) {
    ok = into(
      c,
      checkSetupAttemptPaymentMethodDetailsCardWallet,
      v10,
      ok,
      "wallet",
    );
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.brand;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.checks;
  if (v1 !== undefined && v1 !== null) {
    if (!testPaymentMethodDetailsCardChecks(v1, c)) return false;
  }
  const v2 = v.country;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.exp_month;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) return false;
  }
  const v4 = v.exp_year;
  if (v4 !== undefined && v4 !== null) {
    if (!isInt(v4)) return false;
  }
  const v5 = v.fingerprint;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.funding;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.last4;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.network;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  const v9 = v.three_d_secure;
  if (v9 !== undefined && v9 !== null) {
    if (!testThreeDSecureDetails(v9, c)) return false;
  }
  const v10 = v.wallet;
  if (v10 !== undefined && v10 !== null) {
    if (!testSetupAttemptPaymentMethodDetailsCardWallet(v10, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    brand: opt(nul(str())),
    checks: opt(nul(ref(PaymentMethodDetailsCardChecks))),
    country: opt(nul(str())),
    exp_month: opt(nul(int())),
    exp_year: opt(nul(int())),
    fingerprint: opt(nul(str())),
    funding: opt(nul(str())),
    last4: opt(nul(str())),
    network: opt(nul(str())),
    three_d_secure: opt(nul(ref(ThreeDSecureDetails))),
    wallet: opt(nul(ref(SetupAttemptPaymentMethodDetailsCardWallet))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "setup_attempt_payment_method_details_card",
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
  schema as SetupAttemptPaymentMethodDetailsCard,
  validateInput as validateSetupAttemptPaymentMethodDetailsCard,
  isValid as isSetupAttemptPaymentMethodDetailsCard,
  check as checkSetupAttemptPaymentMethodDetailsCard,
  test as testSetupAttemptPaymentMethodDetailsCard,
};
