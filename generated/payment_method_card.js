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
import { Networks, checkNetworks, testNetworks } from "./networks.js";
import {
  PaymentMethodCardChecks,
  checkPaymentMethodCardChecks,
  testPaymentMethodCardChecks,
} from "./payment_method_card_checks.js";
import {
  PaymentMethodCardGeneratedCard,
  checkPaymentMethodCardGeneratedCard,
  testPaymentMethodCardGeneratedCard,
} from "./payment_method_card_generated_card.js";
import {
  PaymentMethodCardWallet,
  checkPaymentMethodCardWallet,
  testPaymentMethodCardWallet,
} from "./payment_method_card_wallet.js";
import {
  ThreeDSecureUsage,
  checkThreeDSecureUsage,
  testThreeDSecureUsage,
} from "./three_d_secure_usage.js";

const k0 = /* @__PURE__ */ set([
  "brand",
  "checks",
  "country",
  "exp_month",
  "exp_year",
  "fingerprint",
  "funding",
  "generated_from",
  "last4",
  "networks",
  "three_d_secure_usage",
  "wallet",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.brand;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["brand"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["brand"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["brand"], 5000, v0);
    }
  }
  const v1 = v.checks;
  if (v1 !== undefined && v1 !== null) {
    ok = into(c, checkPaymentMethodCardChecks, v1, ok, "checks");
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
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["funding"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["funding"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["funding"], 5000, v6);
    }
  }
  const v7 = v.generated_from;
  if (v7 !== undefined && v7 !== null) {
    ok = into(c, checkPaymentMethodCardGeneratedCard, v7, ok, "generated_from");
  }
  const v8 = v.last4;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["last4"], v8, ok);
  } else {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["last4"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["last4"], 5000, v8);
    }
  }
  const v9 = v.networks;
  if (v9 !== undefined && v9 !== null) {
    ok = into(c, checkNetworks, v9, ok, "networks");
  }
  const v10 = v.three_d_secure_usage;
  if (v10 !== undefined && v10 !== null) {
    ok = into(c, checkThreeDSecureUsage, v10, ok, "three_d_secure_usage");
  }
  const v11 = v.wallet;
  if (v11 !== undefined && v11 !== null) {
    ok = into(c, checkPaymentMethodCardWallet, v11, ok, "wallet");
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
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.checks;
  if (v1 !== undefined && v1 !== null) {
    if (!testPaymentMethodCardChecks(v1, c)) return false;
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
  if (typeof v6 !== "string") return false;
  if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  const v7 = v.generated_from;
  if (v7 !== undefined && v7 !== null) {
    if (!testPaymentMethodCardGeneratedCard(v7, c)) return false;
  }
  const v8 = v.last4;
  if (typeof v8 !== "string") return false;
  if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  const v9 = v.networks;
  if (v9 !== undefined && v9 !== null) {
    if (!testNetworks(v9, c)) return false;
  }
  const v10 = v.three_d_secure_usage;
  if (v10 !== undefined && v10 !== null) {
    if (!testThreeDSecureUsage(v10, c)) return false;
  }
  const v11 = v.wallet;
  if (v11 !== undefined && v11 !== null) {
    if (!testPaymentMethodCardWallet(v11, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    brand: req(str()),
    checks: opt(nul(ref(PaymentMethodCardChecks))),
    country: opt(nul(str())),
    exp_month: req(int()),
    exp_year: req(int()),
    fingerprint: opt(nul(str())),
    funding: req(str()),
    generated_from: opt(nul(ref(PaymentMethodCardGeneratedCard))),
    last4: req(str()),
    networks: opt(nul(ref(Networks))),
    three_d_secure_usage: opt(nul(ref(ThreeDSecureUsage))),
    wallet: opt(nul(ref(PaymentMethodCardWallet))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_card",
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
  schema as PaymentMethodCard,
  validateInput as validatePaymentMethodCard,
  isValid as isPaymentMethodCard,
  check as checkPaymentMethodCard,
  test as testPaymentMethodCard,
};
