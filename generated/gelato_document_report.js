import {
  deeper,
  enter,
  full,
  into,
  isArray,
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
import { list, nul, obj, oneOf, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Address, checkAddress, testAddress } from "./address.js";
import {
  GelatoDataDocumentReportDateOfBirth,
  checkGelatoDataDocumentReportDateOfBirth,
  testGelatoDataDocumentReportDateOfBirth,
} from "./gelato_data_document_report_date_of_birth.js";
import {
  GelatoDataDocumentReportExpirationDate,
  checkGelatoDataDocumentReportExpirationDate,
  testGelatoDataDocumentReportExpirationDate,
} from "./gelato_data_document_report_expiration_date.js";
import {
  GelatoDataDocumentReportIssuedDate,
  checkGelatoDataDocumentReportIssuedDate,
  testGelatoDataDocumentReportIssuedDate,
} from "./gelato_data_document_report_issued_date.js";
import {
  GelatoDocumentReportError,
  checkGelatoDocumentReportError,
  testGelatoDocumentReportError,
} from "./gelato_document_report_error.js";

const e0 = /* @__PURE__ */ set(["driving_license", "id_card", "passport"]);
const k0 = /* @__PURE__ */ set([
  "address",
  "dob",
  "error",
  "expiration_date",
  "files",
  "first_name",
  "issued_date",
  "issuing_country",
  "last_name",
  "number",
  "status",
  "type",
]);
const e1 = /* @__PURE__ */ set(["unverified", "verified"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.address;
  if (v0 !== undefined && v0 !== null) {
    ok = into(c, checkAddress, v0, ok, "address");
  }
  const v1 = v.dob;
  if (v1 !== undefined && v1 !== null) {
    ok = into(c, checkGelatoDataDocumentReportDateOfBirth, v1, ok, "dob");
  }
  const v2 = v.error;
  if (v2 !== undefined && v2 !== null) {
    ok = into(c, checkGelatoDocumentReportError, v2, ok, "error");
  }
  const v3 = v.expiration_date;
  if (v3 !== undefined && v3 !== null) {
    ok = into(
      c,
      checkGelatoDataDocumentReportExpirationDate,
      v3,
      ok,
      "expiration_date",
    );
  }
  const v4 = v.files;
  if (v4 !== undefined && v4 !== null) {
    if (!isArray(v4)) {
      ok = wrongType(c, ["files"], "array", v4);
    } else {
      for (let i0 = 0; i0 < v4.length; i0++) {
        const v5 = v4[i0];
        if (typeof v5 !== "string") {
          ok = wrongType(c, ["files", i0], "string", v5);
        } else if (v5.length > 5000 && tooLong(v5, 5000)) {
          ok = longFail(c, ["files", i0], 5000, v5);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v6 = v.first_name;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["first_name"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["first_name"], 5000, v6);
    }
  }
  const v7 = v.issued_date;
  if (v7 !== undefined && v7 !== null) {
    ok = into(
      c,
      checkGelatoDataDocumentReportIssuedDate,
      v7,
      ok,
      "issued_date",
    );
  }
  const v8 = v.issuing_country;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["issuing_country"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["issuing_country"], 5000, v8);
    }
  }
  const v9 = v.last_name;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["last_name"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["last_name"], 5000, v9);
    }
  }
  const v10 = v.number;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "string") {
      ok = wrongType(c, ["number"], "string", v10);
    } else if (v10.length > 5000 && tooLong(v10, 5000)) {
      ok = longFail(c, ["number"], 5000, v10);
    }
  }
  const v11 = v.status;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["status"], v11, ok);
  } else {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["status"], "string", v11);
    }
  }
  const v12 = v.type;
  if (v12 !== undefined && v12 !== null) {
    if (!e0.has(v12)) {
      ok = notInEnum(c, ["type"], e0, v12, ok);
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
  const v0 = v.address;
  if (v0 !== undefined && v0 !== null) {
    if (!testAddress(v0, c)) return false;
  }
  const v1 = v.dob;
  if (v1 !== undefined && v1 !== null) {
    if (!testGelatoDataDocumentReportDateOfBirth(v1, c)) return false;
  }
  const v2 = v.error;
  if (v2 !== undefined && v2 !== null) {
    if (!testGelatoDocumentReportError(v2, c)) return false;
  }
  const v3 = v.expiration_date;
  if (v3 !== undefined && v3 !== null) {
    if (!testGelatoDataDocumentReportExpirationDate(v3, c)) return false;
  }
  const v4 = v.files;
  if (v4 !== undefined && v4 !== null) {
    if (!isArray(v4)) return false;
    for (let i0 = 0; i0 < v4.length; i0++) {
      const v5 = v4[i0];
      if (typeof v5 !== "string") return false;
      if (v5.length > 5000 && tooLong(v5, 5000)) return false;
    }
  }
  const v6 = v.first_name;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.issued_date;
  if (v7 !== undefined && v7 !== null) {
    if (!testGelatoDataDocumentReportIssuedDate(v7, c)) return false;
  }
  const v8 = v.issuing_country;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  const v9 = v.last_name;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") return false;
    if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  }
  const v10 = v.number;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "string") return false;
    if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  }
  const v11 = v.status;
  if (typeof v11 !== "string") return false;
  const v12 = v.type;
  if (v12 !== undefined && v12 !== null) {
    if (!e0.has(v12)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    address: opt(nul(ref(Address))),
    dob: opt(nul(ref(GelatoDataDocumentReportDateOfBirth))),
    error: opt(nul(ref(GelatoDocumentReportError))),
    expiration_date: opt(nul(ref(GelatoDataDocumentReportExpirationDate))),
    files: opt(nul(list(str()))),
    first_name: opt(nul(str())),
    issued_date: opt(nul(ref(GelatoDataDocumentReportIssuedDate))),
    issuing_country: opt(nul(str())),
    last_name: opt(nul(str())),
    number: opt(nul(str())),
    status: req(oneOf(e1, true)),
    type: opt(nul(oneOf(e0))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "gelato_document_report",
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
  schema as GelatoDocumentReport,
  validateInput as validateGelatoDocumentReport,
  isValid as isGelatoDocumentReport,
  check as checkGelatoDocumentReport,
  test as testGelatoDocumentReport,
};
