import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, ref, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TreasuryReceivedCreditsResourceSourceFlowsDetails,
  checkTreasuryReceivedCreditsResourceSourceFlowsDetails,
  testTreasuryReceivedCreditsResourceSourceFlowsDetails,
} from "./treasury_received_credits_resource_source_flows_details.js";

const k0 = /* @__PURE__ */ set([
  "credit_reversal",
  "issuing_authorization",
  "issuing_transaction",
  "source_flow",
  "source_flow_details",
  "source_flow_type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.credit_reversal;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["credit_reversal"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["credit_reversal"], 5000, v0);
    }
  }
  const v1 = v.issuing_authorization;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["issuing_authorization"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["issuing_authorization"], 5000, v1);
    }
  }
  const v2 = v.issuing_transaction;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["issuing_transaction"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["issuing_transaction"], 5000, v2);
    }
  }
  const v3 = v.source_flow;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["source_flow"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["source_flow"], 5000, v3);
    }
  }
  const v4 = v.source_flow_details;
  if (v4 !== undefined && v4 !== null) {
    ok = into(
      c,
      checkTreasuryReceivedCreditsResourceSourceFlowsDetails,
      v4,
      ok,
      "source_flow_details",
    );
  }
  const v5 = v.source_flow_type;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["source_flow_type"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["source_flow_type"], 5000, v5);
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
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.issuing_authorization;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.issuing_transaction;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.source_flow;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.source_flow_details;
  if (v4 !== undefined && v4 !== null) {
    if (!testTreasuryReceivedCreditsResourceSourceFlowsDetails(v4, c))
      return false;
  }
  const v5 = v.source_flow_type;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    credit_reversal: opt(nul(str())),
    issuing_authorization: opt(nul(str())),
    issuing_transaction: opt(nul(str())),
    source_flow: opt(nul(str())),
    source_flow_details: opt(
      nul(ref(TreasuryReceivedCreditsResourceSourceFlowsDetails)),
    ),
    source_flow_type: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_received_credits_resource_linked_flows",
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
  schema as TreasuryReceivedCreditsResourceLinkedFlows,
  validateInput as validateTreasuryReceivedCreditsResourceLinkedFlows,
  isValid as isTreasuryReceivedCreditsResourceLinkedFlows,
  check as checkTreasuryReceivedCreditsResourceLinkedFlows,
  test as testTreasuryReceivedCreditsResourceLinkedFlows,
};
