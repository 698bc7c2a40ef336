import {
  deeper,
  enter,
  full,
  into,
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
import { bool, int, list, nul, obj, opt, ref, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  IssuingTransactionFlightDataLeg,
  checkIssuingTransactionFlightDataLeg,
  testIssuingTransactionFlightDataLeg,
} from "./issuing_transaction_flight_data_leg.js";

const k0 = /* @__PURE__ */ set([
  "departure_at",
  "passenger_name",
  "refundable",
  "segments",
  "travel_agency",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.departure_at;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["departure_at"], "integer", v0);
    }
  }
  const v1 = v.passenger_name;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["passenger_name"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["passenger_name"], 5000, v1);
    }
  }
  const v2 = v.refundable;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "boolean") {
      ok = wrongType(c, ["refundable"], "boolean", v2);
    }
  }
  const v3 = v.segments;
  if (v3 !== undefined && v3 !== null) {
    if (!isArray(v3)) {
      ok = wrongType(c, ["segments"], "array", v3);
    } else {
      for (let i0 = 0; i0 < v3.length; i0++) {
        const v4 = v3[i0];
        ok = into(
          c,
          checkIssuingTransactionFlightDataLeg,
          v4,
          ok,
          "segments",
          i0,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v5 = v.travel_agency;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["travel_agency"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["travel_agency"], 5000, v5);
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
  const v0 = v.departure_at;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.passenger_name;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.refundable;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "boolean") return false;
  }
  const v3 = v.segments;
  if (v3 !== undefined && v3 !== null) {
    if (!isArray(v3)) return false;
    for (let i0 = 0; i0 < v3.length; i0++) {
      const v4 = v3[i0];
      if (!testIssuingTransactionFlightDataLeg(v4, c)) return false;
    }
  }
  const v5 = v.travel_agency;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    departure_at: opt(nul(int())),
    passenger_name: opt(nul(str())),
    refundable: opt(nul(bool())),
    segments: opt(nul(list(ref(IssuingTransactionFlightDataLeg)))),
    travel_agency: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_transaction_flight_data",
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
  schema as IssuingTransactionFlightData,
  validateInput as validateIssuingTransactionFlightData,
  isValid as isIssuingTransactionFlightData,
  check as checkIssuingTransactionFlightData,
  test as testIssuingTransactionFlightData,
};
