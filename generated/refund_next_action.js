import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  RefundNextActionDisplayDetails,
  checkRefundNextActionDisplayDetails,
  testRefundNextActionDisplayDetails,
} from "./refund_next_action_display_details.js";

const k0 = /* @__PURE__ */ set(["display_details", "type"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.display_details;
  if (v0 !== undefined && v0 !== null) {
    ok = into(
      c,
      checkRefundNextActionDisplayDetails,
      v0,
      ok,
      "display_details",
    );
  }
  const v1 = v.type;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["type"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["type"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["type"], 5000, v1);
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
  const v0 = v.display_details;
  if (v0 !== undefined && v0 !== null) {
    if (!testRefundNextActionDisplayDetails(v0, c)) return false;
  }
  const v1 = v.type;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    display_details: opt(nul(ref(RefundNextActionDisplayDetails))),
    type: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "refund_next_action",
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
  schema as RefundNextAction,
  validateInput as validateRefundNextAction,
  isValid as isRefundNextAction,
  check as checkRefundNextAction,
  test as testRefundNextAction,
};
