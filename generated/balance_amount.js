import {
  deeper,
  enter,
  into,
  isInt,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  BalanceAmountBySourceType,
  checkBalanceAmountBySourceType,
  testBalanceAmountBySourceType,
} from "./balance_amount_by_source_type.js";

const k0 = /* @__PURE__ */ set(["amount", "currency", "source_types"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["amount"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount"], "integer", v0);
    }
  }
  const v1 = v.currency;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["currency"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["currency"], "string", v1);
    }
  }
  const v2 = v.source_types;
  if (v2 !== undefined) {
    ok = into(c, checkBalanceAmountBySourceType, v2, ok, "source_types");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.amount;
  if (!isInt(v0)) return false;
  const v1 = v.currency;
  if (typeof v1 !== "string") return false;
  const v2 = v.source_types;
  if (v2 !== undefined) {
    if (!testBalanceAmountBySourceType(v2, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    currency: req(str()),
    source_types: opt(ref(BalanceAmountBySourceType)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "balance_amount",
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
  schema as BalanceAmount,
  validateInput as validateBalanceAmount,
  isValid as isBalanceAmount,
  check as checkBalanceAmount,
  test as testBalanceAmount,
};
