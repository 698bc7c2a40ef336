import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  CountrySpecVerificationFieldDetails,
  checkCountrySpecVerificationFieldDetails,
  testCountrySpecVerificationFieldDetails,
} from "./country_spec_verification_field_details.js";

const k0 = /* @__PURE__ */ set(["company", "individual"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.company;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["company"], v0, ok);
  } else {
    ok = into(c, checkCountrySpecVerificationFieldDetails, v0, ok, "company");
  }
  const v1 = v.individual;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["individual"], v1, ok);
  } else {
    ok = into(
      c,
      checkCountrySpecVerificationFieldDetails,
      v1,
      ok,
      "individual",
    );
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.company;
  if (!testCountrySpecVerificationFieldDetails(v0, c)) return false;
  const v1 = v.individual;
  if (!testCountrySpecVerificationFieldDetails(v1, c)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    company: req(ref(CountrySpecVerificationFieldDetails)),
    individual: req(ref(CountrySpecVerificationFieldDetails)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "country_spec_verification_fields",
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
  schema as CountrySpecVerificationFields,
  validateInput as validateCountrySpecVerificationFields,
  isValid as isCountrySpecVerificationFields,
  check as checkCountrySpecVerificationFields,
  test as testCountrySpecVerificationFields,
};
