import {
  deeper,
  enter,
  isInt,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["amount", "currency"]);

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
  c.depth--;
  return true;
}

function shape() {
  return obj({ amount: req(int()), currency: req(str()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "account_monthly_estimated_revenue",
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
  schema as AccountMonthlyEstimatedRevenue,
  validateInput as validateAccountMonthlyEstimatedRevenue,
  isValid as isAccountMonthlyEstimatedRevenue,
  check as checkAccountMonthlyEstimatedRevenue,
  test as testAccountMonthlyEstimatedRevenue,
};
