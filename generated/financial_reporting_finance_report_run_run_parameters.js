import {
  deeper,
  enter,
  full,
  isArray,
  isInt,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, list, obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "columns",
  "connected_account",
  "currency",
  "interval_end",
  "interval_start",
  "payout",
  "reporting_category",
  "timezone",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.columns;
  if (v0 !== undefined) {
    if (!isArray(v0)) {
      ok = wrongType(c, ["columns"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        if (typeof v1 !== "string") {
          ok = wrongType(c, ["columns", i0], "string", v1);
        } else if (v1.length > 5000 && tooLong(v1, 5000)) {
          ok = longFail(c, ["columns", i0], 5000, v1);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.connected_account;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["connected_account"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["connected_account"], 5000, v2);
    }
  }
  const v3 = v.currency;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["currency"], "string", v3);
    }
  }
  const v4 = v.interval_end;
  if (v4 !== undefined) {
    if (!isInt(v4)) {
      ok = wrongType(c, ["interval_end"], "integer", v4);
    }
  }
  const v5 = v.interval_start;
  if (v5 !== undefined) {
    if (!isInt(v5)) {
      ok = wrongType(c, ["interval_start"], "integer", v5);
    }
  }
  const v6 = v.payout;
  if (v6 !== undefined) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["payout"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["payout"], 5000, v6);
    }
  }
  const v7 = v.reporting_category;
  if (v7 !== undefined) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["reporting_category"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["reporting_category"], 5000, v7);
    }
  }
  const v8 = v.timezone;
  if (v8 !== undefined) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["timezone"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["timezone"], 5000, v8);
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
  const v0 = v.columns;
  if (v0 !== undefined) {
    if (!isArray(v0)) return false;
    for (let i0 = 0; i0 < v0.length; i0++) {
      const v1 = v0[i0];
      if (typeof v1 !== "string") return false;
      if (v1.length > 5000 && tooLong(v1, 5000)) return false;
    }
  }
  const v2 = v.connected_account;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.currency;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") return false;
  }
  const v4 = v.interval_end;
  if (v4 !== undefined) {
    if (!isInt(v4)) return false;
  }
  const v5 = v.interval_start;
  if (v5 !== undefined) {
    if (!isInt(v5)) return false;
  }
  const v6 = v.payout;
  if (v6 !== undefined) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.reporting_category;
  if (v7 !== undefined) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.timezone;
  if (v8 !== undefined) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    columns: opt(list(str())),
    connected_account: opt(str()),
    currency: opt(str()),
    interval_end: opt(int("unix-time")),
    interval_start: opt(int("unix-time")),
    payout: opt(str()),
    reporting_category: opt(str()),
    timezone: opt(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "financial_reporting_finance_report_run_run_parameters",
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
  schema as FinancialReportingFinanceReportRunRunParameters,
  validateInput as validateFinancialReportingFinanceReportRunRunParameters,
  isValid as isFinancialReportingFinanceReportRunRunParameters,
  check as checkFinancialReportingFinanceReportRunRunParameters,
  test as testFinancialReportingFinanceReportRunRunParameters,
};
