import {
  deeper,
  enter,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["brand", "network_reason_code"]);

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
  const v1 = v.network_reason_code;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["network_reason_code"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["network_reason_code"], 5000, v1);
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
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.network_reason_code;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ brand: req(str()), network_reason_code: opt(nul(str())) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "dispute_payment_method_details_card",
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
  schema as DisputePaymentMethodDetailsCard,
  validateInput as validateDisputePaymentMethodDetailsCard,
  isValid as isDisputePaymentMethodDetailsCard,
  check as checkDisputePaymentMethodDetailsCard,
  test as testDisputePaymentMethodDetailsCard,
};
