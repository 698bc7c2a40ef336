import {
  deeper,
  enter,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, nul, obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "arrival_airport_code",
  "carrier",
  "departure_airport_code",
  "flight_number",
  "service_class",
  "stopover_allowed",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.arrival_airport_code;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["arrival_airport_code"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["arrival_airport_code"], 5000, v0);
    }
  }
  const v1 = v.carrier;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["carrier"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["carrier"], 5000, v1);
    }
  }
  const v2 = v.departure_airport_code;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["departure_airport_code"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["departure_airport_code"], 5000, v2);
    }
  }
  const v3 = v.flight_number;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["flight_number"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["flight_number"], 5000, v3);
    }
  }
  const v4 = v.service_class;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["service_class"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["service_class"], 5000, v4);
    }
  }
  const v5 = v.stopover_allowed;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "boolean") {
      ok = wrongType(c, ["stopover_allowed"], "boolean", v5);
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
  const v0 = v.arrival_airport_code;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.carrier;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.departure_airport_code;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.flight_number;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.service_class;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.stopover_allowed;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "boolean") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    arrival_airport_code: opt(nul(str())),
    carrier: opt(nul(str())),
    departure_airport_code: opt(nul(str())),
    flight_number: opt(nul(str())),
    service_class: opt(nul(str())),
    stopover_allowed: opt(nul(bool())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_transaction_flight_data_leg",
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
  schema as IssuingTransactionFlightDataLeg,
  validateInput as validateIssuingTransactionFlightDataLeg,
  isValid as isIssuingTransactionFlightDataLeg,
  check as checkIssuingTransactionFlightDataLeg,
  test as testIssuingTransactionFlightDataLeg,
};
