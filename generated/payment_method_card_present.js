import {
  deeper,
  enter,
  into,
  isInt,
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
import { int, nul, obj, oneOf, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentMethodCardPresentNetworks,
  checkPaymentMethodCardPresentNetworks,
  testPaymentMethodCardPresentNetworks,
} from "./payment_method_card_present_networks.js";

const e0 = /* @__PURE__ */ set([
  "contact_emv",
  "contactless_emv",
  "contactless_magstripe_mode",
  "magnetic_stripe_fallback",
  "magnetic_stripe_track2",
]);
const k0 = /* @__PURE__ */ set([
  "brand",
  "cardholder_name",
  "country",
  "exp_month",
  "exp_year",
  "fingerprint",
  "funding",
  "last4",
  "networks",
  "read_method",
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
  const v1 = v.cardholder_name;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["cardholder_name"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["cardholder_name"], 5000, v1);
    }
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
  const v7 = v.last4;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["last4"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["last4"], 5000, v7);
    }
  }
  const v8 = v.networks;
  if (v8 !== undefined && v8 !== null) {
    ok = into(c, checkPaymentMethodCardPresentNetworks, v8, ok, "networks");
  }
  const v9 = v.read_method;
  if (v9 !== undefined && v9 !== null) {
    if (!e0.has(v9)) {
      ok = notInEnum(c, ["read_method"], e0, v9, ok);
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
  const v0 = v.brand;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.cardholder_name;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
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
  const v7 = v.last4;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.networks;
  if (v8 !== undefined && v8 !== null) {
    if (!testPaymentMethodCardPresentNetworks(v8, c)) return false;
  }
  const v9 = v.read_method;
  if (v9 !== undefined && v9 !== null) {
    if (!e0.has(v9)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    brand: opt(nul(str())),
    cardholder_name: opt(nul(str())),
    country: opt(nul(str())),
    exp_month: req(int()),
    exp_year: req(int()),
    fingerprint: opt(nul(str())),
    funding: opt(nul(str())),
    last4: opt(nul(str())),
    networks: opt(nul(ref(PaymentMethodCardPresentNetworks))),
    read_method: opt(nul(oneOf(e0))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_card_present",
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
  schema as PaymentMethodCardPresent,
  validateInput as validatePaymentMethodCardPresent,
  isValid as isPaymentMethodCardPresent,
  check as checkPaymentMethodCardPresent,
  test as testPaymentMethodCardPresent,
};
