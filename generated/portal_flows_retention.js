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
import { nul, obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PortalFlowsCouponOffer,
  checkPortalFlowsCouponOffer,
  testPortalFlowsCouponOffer,
} from "./portal_flows_coupon_offer.js";

const e0 = /* @__PURE__ */ set(["coupon_offer"]);
const k0 = /* @__PURE__ */ set(["coupon_offer", "type"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.coupon_offer;
  if (v0 !== undefined && v0 !== null) {
    ok = into(c, checkPortalFlowsCouponOffer, v0, ok, "coupon_offer");
  }
  const v1 = v.type;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["type"], v1, ok);
  } else {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["type"], e0, v1, ok);
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
  const v0 = v.coupon_offer;
  if (v0 !== undefined && v0 !== null) {
    if (!testPortalFlowsCouponOffer(v0, c)) return false;
  }
  const v1 = v.type;
  if (v1 !== "coupon_offer") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    coupon_offer: opt(nul(ref(PortalFlowsCouponOffer))),
    type: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "portal_flows_retention",
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
  schema as PortalFlowsRetention,
  validateInput as validatePortalFlowsRetention,
  isValid as isPortalFlowsRetention,
  check as checkPortalFlowsRetention,
  test as testPortalFlowsRetention,
};
