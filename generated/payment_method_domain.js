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
import { bool, int, obj, oneOf, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentMethodDomainResourcePaymentMethodStatus,
  checkPaymentMethodDomainResourcePaymentMethodStatus,
  testPaymentMethodDomainResourcePaymentMethodStatus,
} from "./payment_method_domain_resource_payment_method_status.js";

const e0 = /* @__PURE__ */ set(["payment_method_domain"]);
const k0 = /* @__PURE__ */ set([
  "apple_pay",
  "created",
  "domain_name",
  "enabled",
  "google_pay",
  "id",
  "link",
  "livemode",
  "object",
  "paypal",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.apple_pay;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["apple_pay"], v0, ok);
  } else {
    ok = into(
      c,
      checkPaymentMethodDomainResourcePaymentMethodStatus,
      v0,
      ok,
      "apple_pay",
    );
  }
  const v1 = v.created;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["created"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["created"], "integer", v1);
    }
  }
  const v2 = v.domain_name;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["domain_name"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["domain_name"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["domain_name"], 5000, v2);
    }
  }
  const v3 = v.enabled;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["enabled"], v3, ok);
  } else {
    if (typeof v3 !== "boolean") {
      ok = wrongType(c, ["enabled"], "boolean", v3);
    }
  }
  const v4 = v.google_pay;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["google_pay"], v4, ok);
  } else {
    ok = into(
      c,
      checkPaymentMethodDomainResourcePaymentMethodStatus,
      v4,
      ok,
      "google_pay",
    );
  }
  const v5 = v.id;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["id"], v5, ok);
  } else {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["id"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["id"], 5000, v5);
    }
  }
  const v6 = v.link;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["link"], v6, ok);
  } else {
    ok = into(
      c,
      checkPaymentMethodDomainResourcePaymentMethodStatus,
      v6,
      ok,
      "link",
    );
  }
  const v7 = v.livemode;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["livemode"], v7, ok);
  } else {
    if (typeof v7 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v7);
    }
  }
  const v8 = v.object;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["object"], v8, ok);
  } else {
    if (!e0.has(v8)) {
      ok = notInEnum(c, ["object"], e0, v8, ok);
    }
  }
  const v9 = v.paypal;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["paypal"], v9, ok);
  } else {
    ok = into(
      c,
      checkPaymentMethodDomainResourcePaymentMethodStatus,
      v9,
      ok,
      "paypal",
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
  const v0 = v.apple_pay;
  if (!testPaymentMethodDomainResourcePaymentMethodStatus(v0, c)) return false;
  const v1 = v.created;
  if (!isInt(v1)) return false;
  const v2 = v.domain_name;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.enabled;
  if (typeof v3 !== "boolean") return false;
  const v4 = v.google_pay;
  if (!testPaymentMethodDomainResourcePaymentMethodStatus(v4, c)) return false;
  const v5 = v.id;
  if (typeof v5 !== "string") return false;
  if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  const v6 = v.link;
  if (!testPaymentMethodDomainResourcePaymentMethodStatus(v6, c)) return false;
  const v7 = v.livemode;
  if (typeof v7 !== "boolean") return false;
  const v8 = v.object;
  if (v8 !== "payment_method_domain") return false;
  const v9 = v.paypal;
  if (!testPaymentMethodDomainResourcePaymentMethodStatus(v9, c)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    apple_pay: req(ref(PaymentMethodDomainResourcePaymentMethodStatus)),
    created: req(int("unix-time")),
    domain_name: req(str()),
    enabled: req(bool()),
    google_pay: req(ref(PaymentMethodDomainResourcePaymentMethodStatus)),
    id: req(str()),
    link: req(ref(PaymentMethodDomainResourcePaymentMethodStatus)),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    paypal: req(ref(PaymentMethodDomainResourcePaymentMethodStatus)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_domain",
  branch: "payment_method_domain",
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
  schema as PaymentMethodDomain,
  validateInput as validatePaymentMethodDomain,
  isValid as isPaymentMethodDomain,
  check as checkPaymentMethodDomain,
  test as testPaymentMethodDomain,
};
