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
import { nul, obj, oneOf, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  GelatoDataIdNumberReportDate,
  checkGelatoDataIdNumberReportDate,
  testGelatoDataIdNumberReportDate,
} from "./gelato_data_id_number_report_date.js";
import {
  GelatoIdNumberReportError,
  checkGelatoIdNumberReportError,
  testGelatoIdNumberReportError,
} from "./gelato_id_number_report_error.js";

const e0 = /* @__PURE__ */ set(["br_cpf", "sg_nric", "us_ssn"]);
const k0 = /* @__PURE__ */ set([
  "dob",
  "error",
  "first_name",
  "id_number",
  "id_number_type",
  "last_name",
  "status",
]);
const e1 = /* @__PURE__ */ set(["unverified", "verified"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.dob;
  if (v0 !== undefined && v0 !== null) {
    ok = into(c, checkGelatoDataIdNumberReportDate, v0, ok, "dob");
  }
  const v1 = v.error;
  if (v1 !== undefined && v1 !== null) {
    ok = into(c, checkGelatoIdNumberReportError, v1, ok, "error");
  }
  const v2 = v.first_name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["first_name"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["first_name"], 5000, v2);
    }
  }
  const v3 = v.id_number;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["id_number"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["id_number"], 5000, v3);
    }
  }
  const v4 = v.id_number_type;
  if (v4 !== undefined && v4 !== null) {
    if (!e0.has(v4)) {
      ok = notInEnum(c, ["id_number_type"], e0, v4, ok);
    }
  }
  const v5 = v.last_name;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["last_name"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["last_name"], 5000, v5);
    }
  }
  const v6 = v.status;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["status"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["status"], "string", v6);
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
  const v0 = v.dob;
  if (v0 !== undefined && v0 !== null) {
    if (!testGelatoDataIdNumberReportDate(v0, c)) return false;
  }
  const v1 = v.error;
  if (v1 !== undefined && v1 !== null) {
    if (!testGelatoIdNumberReportError(v1, c)) return false;
  }
  const v2 = v.first_name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.id_number;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.id_number_type;
  if (v4 !== undefined && v4 !== null) {
    if (!e0.has(v4)) return false;
  }
  const v5 = v.last_name;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.status;
  if (typeof v6 !== "string") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    dob: opt(nul(ref(GelatoDataIdNumberReportDate))),
    error: opt(nul(ref(GelatoIdNumberReportError))),
    first_name: opt(nul(str())),
    id_number: opt(nul(str())),
    id_number_type: opt(nul(oneOf(e0))),
    last_name: opt(nul(str())),
    status: req(oneOf(e1, true)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "gelato_id_number_report",
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
  schema as GelatoIdNumberReport,
  validateInput as validateGelatoIdNumberReport,
  isValid as isGelatoIdNumberReport,
  check as checkGelatoIdNumberReport,
  test as testGelatoIdNumberReport,
};
