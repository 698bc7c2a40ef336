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
import { obj, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["coupon"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.coupon;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["coupon"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["coupon"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["coupon"], 5000, v0);
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
  const v0 = v.coupon;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ coupon: req(str()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "portal_flows_coupon_offer",
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
  schema as PortalFlowsCouponOffer,
  validateInput as validatePortalFlowsCouponOffer,
  isValid as isPortalFlowsCouponOffer,
  check as checkPortalFlowsCouponOffer,
  test as testPortalFlowsCouponOffer,
};
