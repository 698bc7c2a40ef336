import {
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
import {
  bool,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  CustomerAcceptance,
  checkCustomerAcceptance,
  testCustomerAcceptance,
} from "./customer_acceptance.js";
import {
  MandateMultiUse,
  checkMandateMultiUse,
  testMandateMultiUse,
} from "./mandate_multi_use.js";
import {
  MandatePaymentMethodDetails,
  checkMandatePaymentMethodDetails,
  testMandatePaymentMethodDetails,
} from "./mandate_payment_method_details.js";
import {
  MandateSingleUse,
  checkMandateSingleUse,
  testMandateSingleUse,
} from "./mandate_single_use.js";
import {
  PaymentMethod,
  checkPaymentMethod,
  testPaymentMethod,
} from "./payment_method.js";

const e0 = /* @__PURE__ */ set(["mandate"]);
const e1 = /* @__PURE__ */ set(["active", "inactive", "pending"]);
const e2 = /* @__PURE__ */ set(["multi_use", "single_use"]);
const k0 = /* @__PURE__ */ set([
  "customer_acceptance",
  "id",
  "livemode",
  "multi_use",
  "object",
  "on_behalf_of",
  "payment_method",
  "payment_method_details",
  "single_use",
  "status",
  "type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.customer_acceptance;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["customer_acceptance"], v0, ok);
  } else {
    ok = into(c, checkCustomerAcceptance, v0, ok, "customer_acceptance");
  }
  const v1 = v.id;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["id"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["id"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["id"], 5000, v1);
    }
  }
  const v2 = v.livemode;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["livemode"], v2, ok);
  } else {
    if (typeof v2 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v2);
    }
  }
  const v3 = v.multi_use;
  if (v3 !== undefined) {
    ok = into(c, checkMandateMultiUse, v3, ok, "multi_use");
  }
  const v4 = v.object;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["object"], v4, ok);
  } else {
    if (!e0.has(v4)) {
      ok = notInEnum(c, ["object"], e0, v4, ok);
    }
  }
  const v5 = v.on_behalf_of;
  if (v5 !== undefined) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["on_behalf_of"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["on_behalf_of"], 5000, v5);
    }
  }
  const v6 = v.payment_method;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["payment_method"], v6, ok);
  } else {
    if (typeof v6 === "string") {
      if (v6.length > 5000 && tooLong(v6, 5000)) {
        ok = longFail(c, ["payment_method"], 5000, v6);
      }
    } else if (isObject(v6)) {
      ok = into(c, checkPaymentMethod, v6, ok, "payment_method");
    } else {
      ok = wrongType(c, ["payment_method"], "string | object", v6);
    }
  }
  const v7 = v.payment_method_details;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["payment_method_details"], v7, ok);
  } else {
    ok = into(
      c,
      checkMandatePaymentMethodDetails,
      v7,
      ok,
      "payment_method_details",
    );
  }
  const v8 = v.single_use;
  if (v8 !== undefined) {
    ok = into(c, checkMandateSingleUse, v8, ok, "single_use");
  }
  const v9 = v.status;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["status"], v9, ok);
  } else {
    if (!e1.has(v9)) {
      ok = notInEnum(c, ["status"], e1, v9, ok);
    }
  }
  const v10 = v.type;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["type"], v10, ok);
  } else {
    if (!e2.has(v10)) {
      ok = notInEnum(c, ["type"], e2, v10, ok);
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
  const v0 = v.customer_acceptance;
  if (!testCustomerAcceptance(v0, c)) return false;
  const v1 = v.id;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.livemode;
  if (typeof v2 !== "boolean") return false;
  const v3 = v.multi_use;
  if (v3 !== undefined) {
    if (!testMandateMultiUse(v3, c)) return false;
  }
  const v4 = v.object;
  if (v4 !== "mandate") return false;
  const v5 = v.on_behalf_of;
  if (v5 !== undefined) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.payment_method;
  if (v6 === undefined || v6 === null) return false;
  if (typeof v6 === "string") {
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  } else if (isObject(v6)) {
    if (!testPaymentMethod(v6, c)) return false;
  } else {
    return false;
  }
  const v7 = v.payment_method_details;
  if (!testMandatePaymentMethodDetails(v7, c)) return false;
  const v8 = v.single_use;
  if (v8 !== undefined) {
    if (!testMandateSingleUse(v8, c)) return false;
  }
  const v9 = v.status;
  if (!e1.has(v9)) return false;
  const v10 = v.type;
  if (!e2.has(v10)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    customer_acceptance: req(ref(CustomerAcceptance)),
    id: req(str()),
    livemode: req(bool()),
    multi_use: opt(ref(MandateMultiUse)),
    object: req(oneOf(e0)),
    on_behalf_of: opt(str()),
    payment_method: req(union(str(), ref(PaymentMethod))),
    payment_method_details: req(ref(MandatePaymentMethodDetails)),
    single_use: opt(ref(MandateSingleUse)),
    status: req(oneOf(e1)),
    type: req(oneOf(e2)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "mandate",
  branch: "mandate",
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
  schema as Mandate,
  validateInput as validateMandate,
  isValid as isMandate,
  check as checkMandate,
  test as testMandate,
};
