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
  DisputePaymentMethodDetailsCard,
  checkDisputePaymentMethodDetailsCard,
  testDisputePaymentMethodDetailsCard,
} from "./dispute_payment_method_details_card.js";

const e0 = /* @__PURE__ */ set(["card"]);
const k0 = /* @__PURE__ */ set(["card", "type"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.card;
  if (v0 !== undefined && v0 !== null) {
    ok = into(c, checkDisputePaymentMethodDetailsCard, v0, ok, "card");
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
  const v0 = v.card;
  if (v0 !== undefined && v0 !== null) {
    if (!testDisputePaymentMethodDetailsCard(v0, c)) return false;
  }
  const v1 = v.type;
  if (v1 !== "card") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    card: opt(nul(ref(DisputePaymentMethodDetailsCard))),
    type: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "dispute_payment_method_details",
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
  schema as DisputePaymentMethodDetails,
  validateInput as validateDisputePaymentMethodDetails,
  isValid as isDisputePaymentMethodDetails,
  check as checkDisputePaymentMethodDetails,
  test as testDisputePaymentMethodDetails,
};
