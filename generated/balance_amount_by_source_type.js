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
import { int, obj, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["bank_account", "card", "fpx"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.bank_account;
  if (v0 !== undefined) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["bank_account"], "integer", v0);
    }
  }
  const v1 = v.card;
  if (v1 !== undefined) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["card"], "integer", v1);
    }
  }
  const v2 = v.fpx;
  if (v2 !== undefined) {
    if (!isInt(v2)) {
      ok = wrongType(c, ["fpx"], "integer", v2);
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
  const v0 = v.bank_account;
  if (v0 !== undefined) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.card;
  if (v1 !== undefined) {
    if (!isInt(v1)) return false;
  }
  const v2 = v.fpx;
  if (v2 !== undefined) {
    if (!isInt(v2)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ bank_account: opt(int()), card: opt(int()), fpx: opt(int()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "balance_amount_by_source_type",
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
  schema as BalanceAmountBySourceType,
  validateInput as validateBalanceAmountBySourceType,
  isValid as isBalanceAmountBySourceType,
  check as checkBalanceAmountBySourceType,
  test as testBalanceAmountBySourceType,
};
