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
import {
  bool,
  int,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentMethodDetailsCardPresentReceipt,
  checkPaymentMethodDetailsCardPresentReceipt,
  testPaymentMethodDetailsCardPresentReceipt,
} from "./payment_method_details_card_present_receipt.js";

const e0 = /* @__PURE__ */ set([
  "contact_emv",
  "contactless_emv",
  "contactless_magstripe_mode",
  "magnetic_stripe_fallback",
  "magnetic_stripe_track2",
]);
const k0 = /* @__PURE__ */ set([
  "amount_authorized",
  "brand",
  "capture_before",
  "cardholder_name",
  "country",
  "emv_auth_data",
  "exp_month",
  "exp_year",
  "fingerprint",
  "funding",
  "generated_card",
  "incremental_authorization_supported",
  "last4",
  "network",
  "overcapture_supported",
  "read_method",
  "receipt",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount_authorized;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount_authorized"], "integer", v0);
    }
  }
  const v1 = v.brand;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["brand"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["brand"], 5000, v1);
    }
  }
  const v2 = v.capture_before;
  if (v2 !== undefined) {
    if (!isInt(v2)) {
      ok = wrongType(c, ["capture_before"], "integer", v2);
    }
  }
  const v3 = v.cardholder_name;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["cardholder_name"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["cardholder_name"], 5000, v3);
    }
  }
  const v4 = v.country;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["country"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["country"], 5000, v4);
    }
  }
  const v5 = v.emv_auth_data;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["emv_auth_data"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["emv_auth_data"], 5000, v5);
    }
  }
  const v6 = v.exp_month;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["exp_month"], v6, ok);
  } else {
    if (!isInt(v6)) {
      ok = wrongType(c, ["exp_month"], "integer", v6);
    }
  }
  const v7 = v.exp_year;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["exp_year"], v7, ok);
  } else {
    if (!isInt(v7)) {
      ok = wrongType(c, ["exp_year"], "integer", v7);
    }
  }
  const v8 = v.fingerprint;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["fingerprint"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["fingerprint"], 5000, v8);
    }
  }
  const v9 = v.funding;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["funding"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["funding"], 5000, v9);
    }
  }
  const v10 = v.generated_card;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "string") {
      ok = wrongType(c, ["generated_card"], "string", v10);
    } else if (v10.length > 5000 && tooLong(v10, 5000)) {
      ok = longFail(c, ["generated_card"], 5000, v10);
    }
  }
  const v11 = v.incremental_authorization_supported;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["incremental_authorization_supported"], v11, ok);
  } else {
    if (typeof v11 !== "boolean") {
      ok = wrongType(
        c,
        ["incremental_authorization_supported"],
        "boolean",
        v11,
      );
    }
  }
  const v12 = v.last4;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["last4"], "string", v12);
    } else if (v12.length > 5000 && tooLong(v12, 5000)) {
      ok = longFail(c, ["last4"], 5000, v12);
    }
  }
  const v13 = v.network;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") {
      ok = wrongType(c, ["network"], "string", v13);
    } else if (v13.length > 5000 && tooLong(v13, 5000)) {
      ok = longFail(c, ["network"], 5000, v13);
    }
  }
  const v14 = v.overcapture_supported;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["overcapture_supported"], v14, ok);
  } else {
    if (typeof v14 !== "boolean") {
      ok = wrongType(c, ["overcapture_supported"], "boolean", v14);
    }
  }
  const v15 = v.read_method;
  if (v15 !== undefined && v15 !== null) {
    if (!e0.has(v15)) {
      ok = notInEnum(c, ["read_method"], e0, v15, ok);
    }
  }
  const v16 = v.receipt;
  if (v16 !== undefined && v16 !== null) {
    ok = into(
      c,
      checkPaymentMethodDetailsCardPresentReceipt,
      v16,
      ok,
      "receipt",
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
  const v0 = v.amount_authorized;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.brand;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.capture_before;
  if (v2 !== undefined) {
    if (!isInt(v2)) return false;
  }
  const v3 = v.cardholder_name;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.country;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.emv_auth_data;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.exp_month;
  if (!isInt(v6)) return false;
  const v7 = v.exp_year;
  if (!isInt(v7)) return false;
  const v8 = v.fingerprint;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  const v9 = v.funding;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") return false;
    if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  }
  const v10 = v.generated_card;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "string") return false;
    if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  }
  const v11 = v.incremental_authorization_supported;
  if (typeof v11 !== "boolean") return false;
  const v12 = v.last4;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") return false;
    if (v12.length > 5000 && tooLong(v12, 5000)) return false;
  }
  const v13 = v.network;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") return false;
    if (v13.length > 5000 && tooLong(v13, 5000)) return false;
  }
  const v14 = v.overcapture_supported;
  if (typeof v14 !== "boolean") return false;
  const v15 = v.read_method;
  if (v15 !== undefined && v15 !== null) {
    if (!e0.has(v15)) return false;
  }
  const v16 = v.receipt;
  if (v16 !== undefined && v16 !== null) {
    if (!testPaymentMethodDetailsCardPresentReceipt(v16, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount_authorized: opt(nul(int())),
    brand: opt(nul(str())),
    capture_before: opt(int("unix-time")),
    cardholder_name: opt(nul(str())),
    country: opt(nul(str())),
    emv_auth_data: opt(nul(str())),
    exp_month: req(int()),
    exp_year: req(int()),
    fingerprint: opt(nul(str())),
    funding: opt(nul(str())),
    generated_card: opt(nul(str())),
    incremental_authorization_supported: req(bool()),
    last4: opt(nul(str())),
    network: opt(nul(str())),
    overcapture_supported: req(bool()),
    read_method: opt(nul(oneOf(e0))),
    receipt: opt(nul(ref(PaymentMethodDetailsCardPresentReceipt))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_details_card_present",
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
  schema as PaymentMethodDetailsCardPresent,
  validateInput as validatePaymentMethodDetailsCardPresent,
  isValid as isPaymentMethodDetailsCardPresent,
  check as checkPaymentMethodDetailsCardPresent,
  test as testPaymentMethodDetailsCardPresent,
};
