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
import { bool, nul, obj, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["ip_address", "present"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.ip_address;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["ip_address"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["ip_address"], 5000, v0);
    }
  }
  const v1 = v.present;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["present"], v1, ok);
  } else {
    if (typeof v1 !== "boolean") {
      ok = wrongType(c, ["present"], "boolean", v1);
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
  const v0 = v.ip_address;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.present;
  if (typeof v1 !== "boolean") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ ip_address: opt(nul(str())), present: req(bool()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_outbound_payments_resource_outbound_payment_resource_end_user_details",
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
  schema as TreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails,
  validateInput as validateTreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails,
  isValid as isTreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails,
  check as checkTreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails,
  test as testTreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails,
};
