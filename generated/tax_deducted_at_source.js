import {
  deeper,
  enter,
  isInt,
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
import { int, obj, oneOf, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["tax_deducted_at_source"]);
const k0 = /* @__PURE__ */ set([
  "id",
  "object",
  "period_end",
  "period_start",
  "tax_deduction_account_number",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.id;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["id"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["id"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["id"], 5000, v0);
    }
  }
  const v1 = v.object;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["object"], v1, ok);
  } else {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["object"], e0, v1, ok);
    }
  }
  const v2 = v.period_end;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["period_end"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["period_end"], "integer", v2);
    }
  }
  const v3 = v.period_start;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["period_start"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["period_start"], "integer", v3);
    }
  }
  const v4 = v.tax_deduction_account_number;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["tax_deduction_account_number"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["tax_deduction_account_number"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["tax_deduction_account_number"], 5000, v4);
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
  const v0 = v.id;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.object;
  if (v1 !== "tax_deducted_at_source") return false;
  const v2 = v.period_end;
  if (!isInt(v2)) return false;
  const v3 = v.period_start;
  if (!isInt(v3)) return false;
  const v4 = v.tax_deduction_account_number;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    id: req(str()),
    object: req(oneOf(e0)),
    period_end: req(int("unix-time")),
    period_start: req(int("unix-time")),
    tax_deduction_account_number: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax_deducted_at_source",
  branch: "tax_deducted_at_source",
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
  schema as TaxDeductedAtSource,
  validateInput as validateTaxDeductedAtSource,
  isValid as isTaxDeductedAtSource,
  check as checkTaxDeductedAtSource,
  test as testTaxDeductedAtSource,
};
