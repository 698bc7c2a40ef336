import {
  deeper,
  enter,
  into,
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
import {
  bool,
  int,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { File, checkFile, testFile } from "./file.js";
import {
  FinancialReportingFinanceReportRunRunParameters,
  checkFinancialReportingFinanceReportRunRunParameters,
  testFinancialReportingFinanceReportRunRunParameters,
} from "./financial_reporting_finance_report_run_run_parameters.js";

const e0 = /* @__PURE__ */ set(["reporting.report_run"]);
const k0 = /* @__PURE__ */ set([
  "created",
  "error",
  "id",
  "livemode",
  "object",
  "parameters",
  "report_type",
  "result",
  "status",
  "succeeded_at",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.created;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["created"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["created"], "integer", v0);
    }
  }
  const v1 = v.error;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["error"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["error"], 5000, v1);
    }
  }
  const v2 = v.id;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["id"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["id"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["id"], 5000, v2);
    }
  }
  const v3 = v.livemode;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["livemode"], v3, ok);
  } else {
    if (typeof v3 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v3);
    }
  }
  const v4 = v.object;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["object"], v4, ok);
  } else {
    if (!e0.has(v4)) {
      ok = notInEnum(c, ["object"], e0, v4, ok);
    }
  }
  const v5 = v.parameters;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["parameters"], v5, ok);
  } else {
    ok = into(
      c,
      checkFinancialReportingFinanceReportRunRunParameters,
      v5,
      ok,
      "parameters",
    );
  }
  const v6 = v.report_type;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["report_type"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["report_type"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["report_type"], 5000, v6);
    }
  }
  const v7 = v.result;
  if (v7 !== undefined && v7 !== null) {
    ok = into(c, checkFile, v7, ok, "result");
  }
  const v8 = v.status;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["status"], v8, ok);
  } else {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["status"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["status"], 5000, v8);
    }
  }
  const v9 = v.succeeded_at;
  if (v9 !== undefined && v9 !== null) {
    if (!isInt(v9)) {
      ok = wrongType(c, ["succeeded_at"], "integer", v9);
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
  const v0 = v.created;
  if (!isInt(v0)) return false;
  const v1 = v.error;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.id;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.livemode;
  if (typeof v3 !== "boolean") return false;
  const v4 = v.object;
  if (v4 !== "reporting.report_run") return false;
  const v5 = v.parameters;
  if (!testFinancialReportingFinanceReportRunRunParameters(v5, c)) return false;
  const v6 = v.report_type;
  if (typeof v6 !== "string") return false;
  if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  const v7 = v.result;
  if (v7 !== undefined && v7 !== null) {
    if (!testFile(v7, c)) return false;
  }
  const v8 = v.status;
  if (typeof v8 !== "string") return false;
  if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  const v9 = v.succeeded_at;
  if (v9 !== undefined && v9 !== null) {
    if (!isInt(v9)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    created: req(int("unix-time")),
    error: opt(nul(str())),
    id: req(str()),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    parameters: req(ref(FinancialReportingFinanceReportRunRunParameters)),
    report_type: req(str()),
    result: opt(nul(ref(File))),
    status: req(str()),
    succeeded_at: opt(nul(int("unix-time"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "reporting.report_run",
  branch: "reporting.report_run",
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
  schema as ReportingReportRun,
  validateInput as validateReportingReportRun,
  isValid as isReportingReportRun,
  check as checkReportingReportRun,
  test as testReportingReportRun,
};
