import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Payout, checkPayout, testPayout } from "./payout.js";
import {
  TreasuryCreditReversal,
  checkTreasuryCreditReversal,
  testTreasuryCreditReversal,
} from "./treasury.credit_reversal.js";
import {
  TreasuryOutboundPayment,
  checkTreasuryOutboundPayment,
  testTreasuryOutboundPayment,
} from "./treasury.outbound_payment.js";

const k0 = /* @__PURE__ */ set([
  "credit_reversal",
  "outbound_payment",
  "payout",
  "type",
]);
const e0 = /* @__PURE__ */ set([
  "credit_reversal",
  "other",
  "outbound_payment",
  "payout",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.credit_reversal;
  if (v0 !== undefined) {
    ok = into(c, checkTreasuryCreditReversal, v0, ok, "credit_reversal");
  }
  const v1 = v.outbound_payment;
  if (v1 !== undefined) {
    ok = into(c, checkTreasuryOutboundPayment, v1, ok, "outbound_payment");
  }
  const v2 = v.payout;
  if (v2 !== undefined) {
    ok = into(c, checkPayout, v2, ok, "payout");
  }
  const v3 = v.type;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["type"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["type"], "string", v3);
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
  const v0 = v.credit_reversal;
  if (v0 !== undefined) {
    if (!testTreasuryCreditReversal(v0, c)) return false;
  }
  const v1 = v.outbound_payment;
  if (v1 !== undefined) {
    if (!testTreasuryOutboundPayment(v1, c)) return false;
  }
  const v2 = v.payout;
  if (v2 !== undefined) {
    if (!testPayout(v2, c)) return false;
  }
  const v3 = v.type;
  if (typeof v3 !== "string") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    credit_reversal: opt(ref(TreasuryCreditReversal)),
    outbound_payment: opt(ref(TreasuryOutboundPayment)),
    payout: opt(ref(Payout)),
    type: req(oneOf(e0, true)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_received_credits_resource_source_flows_details",
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
  schema as TreasuryReceivedCreditsResourceSourceFlowsDetails,
  validateInput as validateTreasuryReceivedCreditsResourceSourceFlowsDetails,
  isValid as isTreasuryReceivedCreditsResourceSourceFlowsDetails,
  check as checkTreasuryReceivedCreditsResourceSourceFlowsDetails,
  test as testTreasuryReceivedCreditsResourceSourceFlowsDetails,
};
