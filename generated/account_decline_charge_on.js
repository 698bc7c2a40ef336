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

const k0 = /* @__PURE__ */ set(["avs_failure", "cvc_failure"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.avs_failure;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["avs_failure"], v0, ok);
  } else {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["avs_failure"], "boolean", v0);
    }
  }
  const v1 = v.cvc_failure;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["cvc_failure"], v1, ok);
  } else {
    if (typeof v1 !== "boolean") {
      ok = wrongType(c, ["cvc_failure"], "boolean", v1);
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
  const v0 = v.avs_failure;
  if (typeof v0 !== "boolean") return false;
  const v1 = v.cvc_failure;
  if (typeof v1 !== "boolean") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ avs_failure: req(bool()), cvc_failure: req(bool()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "account_decline_charge_on",
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
  schema as AccountDeclineChargeOn,
  validateInput as validateAccountDeclineChargeOn,
  isValid as isAccountDeclineChargeOn,
  check as checkAccountDeclineChargeOn,
  test as testAccountDeclineChargeOn,
};
