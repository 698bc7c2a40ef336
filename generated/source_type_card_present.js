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
import { int, nul, obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "application_cryptogram",
  "application_preferred_name",
  "authorization_code",
  "authorization_response_code",
  "brand",
  "country",
  "cvm_type",
  "data_type",
  "dedicated_file_name",
  "emv_auth_data",
  "evidence_customer_signature",
  "evidence_transaction_certificate",
  "exp_month",
  "exp_year",
  "fingerprint",
  "funding",
  "last4",
  "pos_device_id",
  "pos_entry_mode",
  "read_method",
  "reader",
  "terminal_verification_results",
  "transaction_status_information",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.application_cryptogram;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["application_cryptogram"], "string", v0);
    }
  }
  const v1 = v.application_preferred_name;
  if (v1 !== undefined) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["application_preferred_name"], "string", v1);
    }
  }
  const v2 = v.authorization_code;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["authorization_code"], "string", v2);
    }
  }
  const v3 = v.authorization_response_code;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["authorization_response_code"], "string", v3);
    }
  }
  const v4 = v.brand;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["brand"], "string", v4);
    }
  }
  const v5 = v.country;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["country"], "string", v5);
    }
  }
  const v6 = v.cvm_type;
  if (v6 !== undefined) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["cvm_type"], "string", v6);
    }
  }
  const v7 = v.data_type;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["data_type"], "string", v7);
    }
  }
  const v8 = v.dedicated_file_name;
  if (v8 !== undefined) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["dedicated_file_name"], "string", v8);
    }
  }
  const v9 = v.emv_auth_data;
  if (v9 !== undefined) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["emv_auth_data"], "string", v9);
    }
  }
  const v10 = v.evidence_customer_signature;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "string") {
      ok = wrongType(c, ["evidence_customer_signature"], "string", v10);
    }
  }
  const v11 = v.evidence_transaction_certificate;
  if (v11 !== undefined && v11 !== null) {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["evidence_transaction_certificate"], "string", v11);
    }
  }
  const v12 = v.exp_month;
  if (v12 !== undefined && v12 !== null) {
    if (!isInt(v12)) {
      ok = wrongType(c, ["exp_month"], "integer", v12);
    }
  }
  const v13 = v.exp_year;
  if (v13 !== undefined && v13 !== null) {
    if (!isInt(v13)) {
      ok = wrongType(c, ["exp_year"], "integer", v13);
    }
  }
  const v14 = v.fingerprint;
  if (v14 !== undefined) {
    if (typeof v14 !== "string") {
      ok = wrongType(c, ["fingerprint"], "string", v14);
    }
  }
  const v15 = v.funding;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 !== "string") {
      ok = wrongType(c, ["funding"], "string", v15);
    }
  }
  const v16 = v.last4;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "string") {
      ok = wrongType(c, ["last4"], "string", v16);
    }
  }
  const v17 = v.pos_device_id;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 !== "string") {
      ok = wrongType(c, ["pos_device_id"], "string", v17);
    }
  }
  const v18 = v.pos_entry_mode;
  if (v18 !== undefined) {
    if (typeof v18 !== "string") {
      ok = wrongType(c, ["pos_entry_mode"], "string", v18);
    }
  }
  const v19 = v.read_method;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 !== "string") {
      ok = wrongType(c, ["read_method"], "string", v19);
    }
  }
  const v20 = v.reader;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 !== "string") {
      ok = wrongType(c, ["reader"], "string", v20);
    }
  }
  const v21 = v.terminal_verification_results;
  if (v21 !== undefined) {
    if (typeof v21 !== "string") {
      ok = wrongType(c, ["terminal_verification_results"], "string", v21);
    }
  }
  const v22 = v.transaction_status_information;
  if (v22 !== undefined) {
    if (typeof v22 !== "string") {
      ok = wrongType(c, ["transaction_status_information"], "string", v22);
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
  const v0 = v.application_cryptogram;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") return false;
  }
  const v1 = v.application_preferred_name;
  if (v1 !== undefined) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v.authorization_code;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
  }
  const v3 = v.authorization_response_code;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") return false;
  }
  const v4 = v.brand;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
  }
  const v5 = v.country;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
  }
  const v6 = v.cvm_type;
  if (v6 !== undefined) {
    if (typeof v6 !== "string") return false;
  }
  const v7 = v.data_type;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
  }
  const v8 = v.dedicated_file_name;
  if (v8 !== undefined) {
    if (typeof v8 !== "string") return false;
  }
  const v9 = v.emv_auth_data;
  if (v9 !== undefined) {
    if (typeof v9 !== "string") return false;
  }
  const v10 = v.evidence_customer_signature;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "string") return false;
  }
  const v11 = v.evidence_transaction_certificate;
  if (v11 !== undefined && v11 !== null) {
    if (typeof v11 !== "string") return false;
  }
  const v12 = v.exp_month;
  if (v12 !== undefined && v12 !== null) {
    if (!isInt(v12)) return false;
  }
  const v13 = v.exp_year;
  if (v13 !== undefined && v13 !== null) {
    if (!isInt(v13)) return false;
  }
  const v14 = v.fingerprint;
  if (v14 !== undefined) {
    if (typeof v14 !== "string") return false;
  }
  const v15 = v.funding;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 !== "string") return false;
  }
  const v16 = v.last4;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "string") return false;
  }
  const v17 = v.pos_device_id;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 !== "string") return false;
  }
  const v18 = v.pos_entry_mode;
  if (v18 !== undefined) {
    if (typeof v18 !== "string") return false;
  }
  const v19 = v.read_method;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 !== "string") return false;
  }
  const v20 = v.reader;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 !== "string") return false;
  }
  const v21 = v.terminal_verification_results;
  if (v21 !== undefined) {
    if (typeof v21 !== "string") return false;
  }
  const v22 = v.transaction_status_information;
  if (v22 !== undefined) {
    if (typeof v22 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    application_cryptogram: opt(str()),
    application_preferred_name: opt(str()),
    authorization_code: opt(nul(str())),
    authorization_response_code: opt(str()),
    brand: opt(nul(str())),
    country: opt(nul(str())),
    cvm_type: opt(str()),
    data_type: opt(nul(str())),
    dedicated_file_name: opt(str()),
    emv_auth_data: opt(str()),
    evidence_customer_signature: opt(nul(str())),
    evidence_transaction_certificate: opt(nul(str())),
    exp_month: opt(nul(int())),
    exp_year: opt(nul(int())),
    fingerprint: opt(str()),
    funding: opt(nul(str())),
    last4: opt(nul(str())),
    pos_device_id: opt(nul(str())),
    pos_entry_mode: opt(str()),
    read_method: opt(nul(str())),
    reader: opt(nul(str())),
    terminal_verification_results: opt(str()),
    transaction_status_information: opt(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source_type_card_present",
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
  schema as SourceTypeCardPresent,
  validateInput as validateSourceTypeCardPresent,
  isValid as isSourceTypeCardPresent,
  check as checkSourceTypeCardPresent,
  test as testSourceTypeCardPresent,
};
