import {
  deeper,
  enter,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "account_closed",
  "account_frozen",
  "bank_account_restricted",
  "bank_ownership_changed",
  "debit_not_authorized",
  "incorrect_account_holder_address",
  "incorrect_account_holder_name",
  "incorrect_account_holder_tax_id",
  "insufficient_funds",
  "invalid_account_number",
  "invalid_currency",
  "no_account",
  "other",
]);
const k0 = /* @__PURE__ */ set(["code"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.code;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["code"], v0, ok);
  } else {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["code"], e0, v0, ok);
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
  const v0 = v.code;
  if (!e0.has(v0)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ code: req(oneOf(e0)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_inbound_transfers_resource_failure_details",
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
  schema as TreasuryInboundTransfersResourceFailureDetails,
  validateInput as validateTreasuryInboundTransfersResourceFailureDetails,
  isValid as isTreasuryInboundTransfersResourceFailureDetails,
  check as checkTreasuryInboundTransfersResourceFailureDetails,
  test as testTreasuryInboundTransfersResourceFailureDetails,
};
