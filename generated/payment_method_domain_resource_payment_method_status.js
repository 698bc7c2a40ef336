import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PaymentMethodDomainResourcePaymentMethodStatusDetails,
  checkPaymentMethodDomainResourcePaymentMethodStatusDetails,
  testPaymentMethodDomainResourcePaymentMethodStatusDetails,
} from "./payment_method_domain_resource_payment_method_status_details.js";

const e0 = /* @__PURE__ */ set(["active", "inactive"]);
const k0 = /* @__PURE__ */ set(["status", "status_details"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.status;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["status"], v0, ok);
  } else {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["status"], e0, v0, ok);
    }
  }
  const v1 = v.status_details;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkPaymentMethodDomainResourcePaymentMethodStatusDetails,
      v1,
      ok,
      "status_details",
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
  const v0 = v.status;
  if (!e0.has(v0)) return false;
  const v1 = v.status_details;
  if (v1 !== undefined) {
    if (!testPaymentMethodDomainResourcePaymentMethodStatusDetails(v1, c))
      return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    status: req(oneOf(e0)),
    status_details: opt(
      ref(PaymentMethodDomainResourcePaymentMethodStatusDetails),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_domain_resource_payment_method_status",
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
  schema as PaymentMethodDomainResourcePaymentMethodStatus,
  validateInput as validatePaymentMethodDomainResourcePaymentMethodStatus,
  isValid as isPaymentMethodDomainResourcePaymentMethodStatus,
  check as checkPaymentMethodDomainResourcePaymentMethodStatus,
  test as testPaymentMethodDomainResourcePaymentMethodStatus,
};
