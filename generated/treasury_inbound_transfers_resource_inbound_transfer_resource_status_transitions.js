import {
  deeper,
  enter,
  isInt,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["canceled_at", "failed_at", "succeeded_at"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.canceled_at;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["canceled_at"], "integer", v0);
    }
  }
  const v1 = v.failed_at;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["failed_at"], "integer", v1);
    }
  }
  const v2 = v.succeeded_at;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) {
      ok = wrongType(c, ["succeeded_at"], "integer", v2);
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
  const v0 = v.canceled_at;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.failed_at;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
  }
  const v2 = v.succeeded_at;
  if (v2 !== undefined && v2 !== null) {
    if (!isInt(v2)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    canceled_at: opt(nul(int("unix-time"))),
    failed_at: opt(nul(int("unix-time"))),
    succeeded_at: opt(nul(int("unix-time"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_inbound_transfers_resource_inbound_transfer_resource_status_transitions",
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
  schema as TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions,
  validateInput as validateTreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions,
  isValid as isTreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions,
  check as checkTreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions,
  test as testTreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions,
};
