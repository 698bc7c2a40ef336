import {
  deeper,
  enter,
  entry,
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
import { list, obj, oneOf, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  CountrySpecVerificationFields,
  checkCountrySpecVerificationFields,
  testCountrySpecVerificationFields,
} from "./country_spec_verification_fields.js";

const e0 = /* @__PURE__ */ set(["country_spec"]);
const k1 = /* @__PURE__ */ set([
  "default_currency",
  "id",
  "object",
  "supported_bank_account_currencies",
  "supported_payment_currencies",
  "supported_payment_methods",
  "supported_transfer_countries",
  "verification_fields",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.default_currency;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["default_currency"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["default_currency"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["default_currency"], 5000, v0);
    }
  }
  const v1 = v.id;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["id"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["id"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["id"], 5000, v1);
    }
  }
  const v2 = v.object;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["object"], v2, ok);
  } else {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["object"], e0, v2, ok);
    }
  }
  const v3 = v.supported_bank_account_currencies;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["supported_bank_account_currencies"], v3, ok);
  } else {
    if (!isObject(v3)) {
      ok = wrongType(c, ["supported_bank_account_currencies"], "object", v3);
    } else {
      for (const k0 of Object.keys(v3)) {
        const v4 = entry(v3, k0);
        if (!isArray(v4)) {
          ok = wrongType(
            c,
            ["supported_bank_account_currencies", k0],
            "array",
            v4,
          );
        } else {
          for (let i0 = 0; i0 < v4.length; i0++) {
            const v5 = v4[i0];
            if (typeof v5 !== "string") {
              ok = wrongType(
                c,
                ["supported_bank_account_currencies", k0, i0],
                "string",
                v5,
              );
            } else if (v5.length > 5000 && tooLong(v5, 5000)) {
              ok = longFail(
                c,
                ["supported_bank_account_currencies", k0, i0],
                5000,
                v5,
              );
            }
            if (!ok && full(c)) break;
          }
        }
      }
    }
  }
  const v6 = v.supported_payment_currencies;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["supported_payment_currencies"], v6, ok);
  } else {
    if (!isArray(v6)) {
      ok = wrongType(c, ["supported_payment_currencies"], "array", v6);
    } else {
      for (let i1 = 0; i1 < v6.length; i1++) {
        const v7 = v6[i1];
        if (typeof v7 !== "string") {
          ok = wrongType(c, ["supported_payment_currencies", i1], "string", v7);
        } else if (v7.length > 5000 && tooLong(v7, 5000)) {
          ok = longFail(c, ["supported_payment_currencies", i1], 5000, v7);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v8 = v.supported_payment_methods;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["supported_payment_methods"], v8, ok);
  } else {
    if (!isArray(v8)) {
      ok = wrongType(c, ["supported_payment_methods"], "array", v8);
    } else {
      for (let i2 = 0; i2 < v8.length; i2++) {
        const v9 = v8[i2];
        if (typeof v9 !== "string") {
          ok = wrongType(c, ["supported_payment_methods", i2], "string", v9);
        } else if (v9.length > 5000 && tooLong(v9, 5000)) {
          ok = longFail(c, ["supported_payment_methods", i2], 5000, v9);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v10 = v.supported_transfer_countries;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["supported_transfer_countries"], v10, ok);
  } else {
    if (!isArray(v10)) {
      ok = wrongType(c, ["supported_transfer_countries"], "array", v10);
    } else {
      for (let i3 = 0; i3 < v10.length; i3++) {
        const v11 = v10[i3];
        if (typeof v11 !== "string") {
          ok = wrongType(
            c,
            ["supported_transfer_countries", i3],
            "string",
            v11,
          );
        } else if (v11.length > 5000 && tooLong(v11, 5000)) {
          ok = longFail(c, ["supported_transfer_countries", i3], 5000, v11);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v12 = v.verification_fields;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["verification_fields"], v12, ok);
  } else {
    ok = into(
      c,
      checkCountrySpecVerificationFields,
      v12,
      ok,
      "verification_fields",
    );
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.default_currency;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.id;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.object;
  if (v2 !== "country_spec") return false;
  const v3 = v.supported_bank_account_currencies;
  if (!isObject(v3)) return false;
  for (const k2 of Object.keys(v3)) {
    const v4 = entry(v3, k2);
    if (!isArray(v4)) return false;
    for (let i0 = 0; i0 < v4.length; i0++) {
      const v5 = v4[i0];
      if (typeof v5 !== "string") return false;
      if (v5.length > 5000 && tooLong(v5, 5000)) return false;
    }
  }
  const v6 = v.supported_payment_currencies;
  if (!isArray(v6)) return false;
  for (let i1 = 0; i1 < v6.length; i1++) {
    const v7 = v6[i1];
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.supported_payment_methods;
  if (!isArray(v8)) return false;
  for (let i2 = 0; i2 < v8.length; i2++) {
    const v9 = v8[i2];
    if (typeof v9 !== "string") return false;
    if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  }
  const v10 = v.supported_transfer_countries;
  if (!isArray(v10)) return false;
  for (let i3 = 0; i3 < v10.length; i3++) {
    const v11 = v10[i3];
    if (typeof v11 !== "string") return false;
    if (v11.length > 5000 && tooLong(v11, 5000)) return false;
  }
  const v12 = v.verification_fields;
  if (!testCountrySpecVerificationFields(v12, c)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    default_currency: req(str()),
    id: req(str()),
    object: req(oneOf(e0)),
    supported_bank_account_currencies: req(obj({}, list(str()))),
    supported_payment_currencies: req(list(str())),
    supported_payment_methods: req(list(str())),
    supported_transfer_countries: req(list(str())),
    verification_fields: req(ref(CountrySpecVerificationFields)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "country_spec",
  branch: "country_spec",
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
  schema as CountrySpec,
  validateInput as validateCountrySpec,
  isValid as isCountrySpec,
  check as checkCountrySpec,
  test as testCountrySpec,
};
