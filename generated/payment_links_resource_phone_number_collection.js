import {
  deeper,
  enter,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, obj, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["enabled"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.enabled;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["enabled"], v0, ok);
  } else {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["enabled"], "boolean", v0);
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
  const v0 = v.enabled;
  if (typeof v0 !== "boolean") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ enabled: req(bool()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_links_resource_phone_number_collection",
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
  schema as PaymentLinksResourcePhoneNumberCollection,
  validateInput as validatePaymentLinksResourcePhoneNumberCollection,
  isValid as isPaymentLinksResourcePhoneNumberCollection,
  check as checkPaymentLinksResourcePhoneNumberCollection,
  test as testPaymentLinksResourcePhoneNumberCollection,
};
