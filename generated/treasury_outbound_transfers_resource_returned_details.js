import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  missing,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, ref, req, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TreasuryTransaction,
  checkTreasuryTransaction,
  testTreasuryTransaction,
} from "./treasury.transaction.js";

const e0 = /* @__PURE__ */ set([
  "account_closed",
  "account_frozen",
  "bank_account_restricted",
  "bank_ownership_changed",
  "declined",
  "incorrect_account_holder_name",
  "invalid_account_number",
  "invalid_currency",
  "no_account",
  "other",
]);
const k0 = /* @__PURE__ */ set(["code", "transaction"]);

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
  const v1 = v.transaction;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["transaction"], v1, ok);
  } else {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) {
        ok = longFail(c, ["transaction"], 5000, v1);
      }
    } else if (isObject(v1)) {
      ok = into(c, checkTreasuryTransaction, v1, ok, "transaction");
    } else {
      ok = wrongType(c, ["transaction"], "string | object", v1);
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
  const v1 = v.transaction;
  if (v1 === undefined || v1 === null) return false;
  if (typeof v1 === "string") {
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  } else if (isObject(v1)) {
    if (!testTreasuryTransaction(v1, c)) return false;
  } else {
    return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    code: req(oneOf(e0)),
    transaction: req(union(str(), ref(TreasuryTransaction))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_outbound_transfers_resource_returned_details",
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
  schema as TreasuryOutboundTransfersResourceReturnedDetails,
  validateInput as validateTreasuryOutboundTransfersResourceReturnedDetails,
  isValid as isTreasuryOutboundTransfersResourceReturnedDetails,
  check as checkTreasuryOutboundTransfersResourceReturnedDetails,
  test as testTreasuryOutboundTransfersResourceReturnedDetails,
};
