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
import { bool, nul, obj, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TransferSchedule,
  checkTransferSchedule,
  testTransferSchedule,
} from "./transfer_schedule.js";

const k0 = /* @__PURE__ */ set([
  "debit_negative_balances",
  "schedule",
  "statement_descriptor",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.debit_negative_balances;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["debit_negative_balances"], v0, ok);
  } else {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["debit_negative_balances"], "boolean", v0);
    }
  }
  const v1 = v.schedule;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["schedule"], v1, ok);
  } else {
    ok = into(c, checkTransferSchedule, v1, ok, "schedule");
  }
  const v2 = v.statement_descriptor;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["statement_descriptor"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["statement_descriptor"], 5000, v2);
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
  const v0 = v.debit_negative_balances;
  if (typeof v0 !== "boolean") return false;
  const v1 = v.schedule;
  if (!testTransferSchedule(v1, c)) return false;
  const v2 = v.statement_descriptor;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    debit_negative_balances: req(bool()),
    schedule: req(ref(TransferSchedule)),
    statement_descriptor: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "account_payout_settings",
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
  schema as AccountPayoutSettings,
  validateInput as validateAccountPayoutSettings,
  isValid as isAccountPayoutSettings,
  check as checkAccountPayoutSettings,
  test as testAccountPayoutSettings,
};
