import {
  deeper,
  enter,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["coupon", "promotion_code"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.coupon;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["coupon"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["coupon"], 5000, v0);
    }
  }
  const v1 = v.promotion_code;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["promotion_code"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["promotion_code"], 5000, v1);
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
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.promotion_code;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ coupon: opt(nul(str())), promotion_code: opt(nul(str())) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "portal_flows_subscription_update_confirm_discount",
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
  schema as PortalFlowsSubscriptionUpdateConfirmDiscount,
  validateInput as validatePortalFlowsSubscriptionUpdateConfirmDiscount,
  isValid as isPortalFlowsSubscriptionUpdateConfirmDiscount,
  check as checkPortalFlowsSubscriptionUpdateConfirmDiscount,
  test as testPortalFlowsSubscriptionUpdateConfirmDiscount,
};
