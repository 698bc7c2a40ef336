import {
  deeper,
  enter,
  into,
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
import { int, nul, obj, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentMethodDetailsCardChecks,
  checkPaymentMethodDetailsCardChecks,
  testPaymentMethodDetailsCardChecks,
} from "./payment_method_details_card_checks.js";
import {
  PaymentMethodDetailsCardInstallments,
  checkPaymentMethodDetailsCardInstallments,
  testPaymentMethodDetailsCardInstallments,
} from "./payment_method_details_card_installments.js";
import {
  PaymentMethodDetailsCardNetworkToken,
  checkPaymentMethodDetailsCardNetworkToken,
  testPaymentMethodDetailsCardNetworkToken,
} from "./payment_method_details_card_network_token.js";
import {
  PaymentMethodDetailsCardWallet,
  checkPaymentMethodDetailsCardWallet,
  testPaymentMethodDetailsCardWallet,
} from "./payment_method_details_card_wallet.js";
import {
  ThreeDSecureDetailsCharge,
  checkThreeDSecureDetailsCharge,
  testThreeDSecureDetailsCharge,
} from "./three_d_secure_details_charge.js";

const k0 = /* @__PURE__ */ set([
  "brand",
  "checks",
  "country",
  "exp_month",
  "exp_year",
  "fingerprint",
  "funding",
  "installments",
  "last4",
  "mandate",
  "network",
  "network_token",
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
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["exp_month"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["exp_month"], "integer", v3);
    }
  }
  const v4 = v.exp_year;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["exp_year"], v4, ok);
  } else {
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
  const v7 = v.installments;
  if (v7 !== undefined && v7 !== null) {
    ok = into(
      c,
      checkPaymentMethodDetailsCardInstallments,
      v7,
      ok,
      "installments",
    );
  }
  const v8 = v.last4;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["last4"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["last4"], 5000, v8);
    }
  }
  const v9 = v.mandate;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["mandate"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["mandate"], 5000, v9);
    }
  }
  const v10 = v.network;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "string") {
      ok = wrongType(c, ["network"], "string", v10);
    } else if (v10.length > 5000 && tooLong(v10, 5000)) {
      ok = longFail(c, ["network"], 5000, v10);
    }
  }
  const v11 = v.network_token;
  if (v11 !== undefined && v11 !== null) {
    ok = into(
      c,
      checkPaymentMethodDetailsCardNetworkToken,
      v11,
      ok,
      "network_token",
    );
  }
  const v12 = v.three_d_secure;
  if (v12 !== undefined && v12 !== null) {
    ok = into(c, checkThreeDSecureDetailsCharge, v12, ok, "three_d_secure");
  }
  const v13 = v.wallet;
  if (v13 !== undefined && v13 !== null) {
    ok = into(c, checkPaymentMethodDetailsCardWallet, v13, ok, "wallet");
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
  if (!isInt(v3)) return false;
  const v4 = v.exp_year;
  if (!isInt(v4)) return false;
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
  const v7 = v.installments;
  if (v7 !== undefined && v7 !== null) {
    if (!testPaymentMethodDetailsCardInstallments(v7, c)) return false;
  }
  const v8 = v.last4;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  const v9 = v.mandate;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") return false;
    if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  }
  const v10 = v.network;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "string") return false;
    if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  }
  const v11 = v.network_token;
  if (v11 !== undefined && v11 !== null) {
    if (!testPaymentMethodDetailsCardNetworkToken(v11, c)) return false;
  }
  const v12 = v.three_d_secure;
  if (v12 !== undefined && v12 !== null) {
    if (!testThreeDSecureDetailsCharge(v12, c)) return false;
  }
  const v13 = v.wallet;
  if (v13 !== undefined && v13 !== null) {
    if (!testPaymentMethodDetailsCardWallet(v13, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    brand: opt(nul(str())),
    checks: opt(nul(ref(PaymentMethodDetailsCardChecks))),
    country: opt(nul(str())),
    exp_month: req(int()),
    exp_year: req(int()),
    fingerprint: opt(nul(str())),
    funding: opt(nul(str())),
    installments: opt(nul(ref(PaymentMethodDetailsCardInstallments))),
    last4: opt(nul(str())),
    mandate: opt(nul(str())),
    network: opt(nul(str())),
    network_token: opt(nul(ref(PaymentMethodDetailsCardNetworkToken))),
    three_d_secure: opt(nul(ref(ThreeDSecureDetailsCharge))),
    wallet: opt(nul(ref(PaymentMethodDetailsCardWallet))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_details_card",
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
  schema as PaymentMethodDetailsCard,
  validateInput as validatePaymentMethodDetailsCard,
  isValid as isPaymentMethodDetailsCard,
  check as checkPaymentMethodDetailsCard,
  test as testPaymentMethodDetailsCard,
};
