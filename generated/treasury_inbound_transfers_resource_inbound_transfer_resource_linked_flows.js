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

const k0 = /* @__PURE__ */ set(["received_debit"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.received_debit;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["received_debit"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["received_debit"], 5000, v0);
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
  const v0 = v.received_debit;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ received_debit: opt(nul(str())) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_inbound_transfers_resource_inbound_transfer_resource_linked_flows",
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
  schema as TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows,
  validateInput as validateTreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows,
  isValid as isTreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows,
  check as checkTreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows,
  test as testTreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows,
};
