import {
  deeper,
  enter,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["code", "reason", "requirement"]);
const e0 = /* @__PURE__ */ set([
  "invalid_address_city_state_postal_code",
  "invalid_dob_age_under_18",
  "invalid_representative_country",
  "invalid_street_address",
  "invalid_tos_acceptance",
  "invalid_value_other",
  "verification_directors_mismatch",
  "verification_document_address_mismatch",
  "verification_document_address_missing",
  "verification_document_corrupt",
  "verification_document_country_not_supported",
  "verification_document_directors_mismatch",
  "verification_document_dob_mismatch",
  "verification_document_duplicate_type",
  "verification_document_expired",
  "verification_document_failed_copy",
  "verification_document_failed_greyscale",
  "verification_document_failed_other",
  "verification_document_failed_test_mode",
  "verification_document_fraudulent",
  "verification_document_id_number_mismatch",
  "verification_document_id_number_missing",
  "verification_document_incomplete",
  "verification_document_invalid",
  "verification_document_issue_or_expiry_date_missing",
  "verification_document_manipulated",
  "verification_document_missing_back",
  "verification_document_missing_front",
  "verification_document_name_mismatch",
  "verification_document_name_missing",
  "verification_document_nationality_mismatch",
  "verification_document_not_readable",
  "verification_document_not_signed",
  "verification_document_not_uploaded",
  "verification_document_photo_mismatch",
  "verification_document_too_large",
  "verification_document_type_not_supported",
  "verification_extraneous_directors",
  "verification_failed_address_match",
  "verification_failed_business_iec_number",
  "verification_failed_document_match",
  "verification_failed_id_number_match",
  "verification_failed_keyed_identity",
  "verification_failed_keyed_match",
  "verification_failed_name_match",
  "verification_failed_other",
  "verification_failed_residential_address",
  "verification_failed_tax_id_match",
  "verification_failed_tax_id_not_issued",
  "verification_missing_directors",
  "verification_missing_executives",
  "verification_missing_owners",
  "verification_requires_additional_memorandum_of_associations",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.code;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["code"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["code"], "string", v0);
    }
  }
  const v1 = v.reason;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["reason"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["reason"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["reason"], 5000, v1);
    }
  }
  const v2 = v.requirement;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["requirement"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["requirement"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["requirement"], 5000, v2);
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
  const v0 = v.code;
  if (typeof v0 !== "string") return false;
  const v1 = v.reason;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.requirement;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    code: req(oneOf(e0, true)),
    reason: req(str()),
    requirement: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "account_requirements_error",
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
  schema as AccountRequirementsError,
  validateInput as validateAccountRequirementsError,
  isValid as isAccountRequirementsError,
  check as checkAccountRequirementsError,
  test as testAccountRequirementsError,
};
