import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, nul, obj, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PortalFlowsSubscriptionUpdateConfirmDiscount,
  checkPortalFlowsSubscriptionUpdateConfirmDiscount,
  testPortalFlowsSubscriptionUpdateConfirmDiscount,
} from "./portal_flows_subscription_update_confirm_discount.js";
import {
  PortalFlowsSubscriptionUpdateConfirmItem,
  checkPortalFlowsSubscriptionUpdateConfirmItem,
  testPortalFlowsSubscriptionUpdateConfirmItem,
} from "./portal_flows_subscription_update_confirm_item.js";

const k0 = /* @__PURE__ */ set(["discounts", "items", "subscription"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.discounts;
  if (v0 !== undefined && v0 !== null) {
    if (!isArray(v0)) {
      ok = wrongType(c, ["discounts"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        ok = into(
          c,
          checkPortalFlowsSubscriptionUpdateConfirmDiscount,
          v1,
          ok,
          "discounts",
          i0,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.items;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["items"], v2, ok);
  } else {
    if (!isArray(v2)) {
      ok = wrongType(c, ["items"], "array", v2);
    } else {
      for (let i1 = 0; i1 < v2.length; i1++) {
        const v3 = v2[i1];
        ok = into(
          c,
          checkPortalFlowsSubscriptionUpdateConfirmItem,
          v3,
          ok,
          "items",
          i1,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v4 = v.subscription;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["subscription"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["subscription"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["subscription"], 5000, v4);
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
  const v0 = v.discounts;
  if (v0 !== undefined && v0 !== null) {
    if (!isArray(v0)) return false;
    for (let i0 = 0; i0 < v0.length; i0++) {
      const v1 = v0[i0];
      if (!testPortalFlowsSubscriptionUpdateConfirmDiscount(v1, c))
        return false;
    }
  }
  const v2 = v.items;
  if (!isArray(v2)) return false;
  for (let i1 = 0; i1 < v2.length; i1++) {
    const v3 = v2[i1];
    if (!testPortalFlowsSubscriptionUpdateConfirmItem(v3, c)) return false;
  }
  const v4 = v.subscription;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    discounts: opt(
      nul(list(ref(PortalFlowsSubscriptionUpdateConfirmDiscount))),
    ),
    items: req(list(ref(PortalFlowsSubscriptionUpdateConfirmItem))),
    subscription: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "portal_flows_flow_subscription_update_confirm",
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
  schema as PortalFlowsFlowSubscriptionUpdateConfirm,
  validateInput as validatePortalFlowsFlowSubscriptionUpdateConfirm,
  isValid as isPortalFlowsFlowSubscriptionUpdateConfirm,
  check as checkPortalFlowsFlowSubscriptionUpdateConfirm,
  test as testPortalFlowsFlowSubscriptionUpdateConfirm,
};
