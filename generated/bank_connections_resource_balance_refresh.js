import {
  deeper,
  enter,
  isInt,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, oneOf, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["failed", "pending", "succeeded"]);
const k0 = /* @__PURE__ */ set(["last_attempted_at", "status"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.last_attempted_at;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["last_attempted_at"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["last_attempted_at"], "integer", v0);
    }
  }
  const v1 = v.status;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["status"], v1, ok);
  } else {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["status"], e0, v1, ok);
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
  const v0 = v.last_attempted_at;
  if (!isInt(v0)) return false;
  const v1 = v.status;
  if (!e0.has(v1)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    last_attempted_at: req(int("unix-time")),
    status: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "bank_connections_resource_balance_refresh",
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
  schema as BankConnectionsResourceBalanceRefresh,
  validateInput as validateBankConnectionsResourceBalanceRefresh,
  isValid as isBankConnectionsResourceBalanceRefresh,
  check as checkBankConnectionsResourceBalanceRefresh,
  test as testBankConnectionsResourceBalanceRefresh,
};
