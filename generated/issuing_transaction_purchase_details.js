import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, nul, obj, opt, ref, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  IssuingTransactionFlightData,
  checkIssuingTransactionFlightData,
  testIssuingTransactionFlightData,
} from "./issuing_transaction_flight_data.js";
import {
  IssuingTransactionFuelData,
  checkIssuingTransactionFuelData,
  testIssuingTransactionFuelData,
} from "./issuing_transaction_fuel_data.js";
import {
  IssuingTransactionLodgingData,
  checkIssuingTransactionLodgingData,
  testIssuingTransactionLodgingData,
} from "./issuing_transaction_lodging_data.js";
import {
  IssuingTransactionReceiptData,
  checkIssuingTransactionReceiptData,
  testIssuingTransactionReceiptData,
} from "./issuing_transaction_receipt_data.js";

const k0 = /* @__PURE__ */ set([
  "flight",
  "fuel",
  "lodging",
  "receipt",
  "reference",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.flight;
  if (v0 !== undefined && v0 !== null) {
    ok = into(c, checkIssuingTransactionFlightData, v0, ok, "flight");
  }
  const v1 = v.fuel;
  if (v1 !== undefined && v1 !== null) {
    ok = into(c, checkIssuingTransactionFuelData, v1, ok, "fuel");
  }
  const v2 = v.lodging;
  if (v2 !== undefined && v2 !== null) {
    ok = into(c, checkIssuingTransactionLodgingData, v2, ok, "lodging");
  }
  const v3 = v.receipt;
  if (v3 !== undefined && v3 !== null) {
    if (!isArray(v3)) {
      ok = wrongType(c, ["receipt"], "array", v3);
    } else {
      for (let i0 = 0; i0 < v3.length; i0++) {
        const v4 = v3[i0];
        ok = into(c, checkIssuingTransactionReceiptData, v4, ok, "receipt", i0);
        if (!ok && full(c)) break;
      }
    }
  }
  const v5 = v.reference;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["reference"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["reference"], 5000, v5);
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
  const v0 = v.flight;
  if (v0 !== undefined && v0 !== null) {
    if (!testIssuingTransactionFlightData(v0, c)) return false;
  }
  const v1 = v.fuel;
  if (v1 !== undefined && v1 !== null) {
    if (!testIssuingTransactionFuelData(v1, c)) return false;
  }
  const v2 = v.lodging;
  if (v2 !== undefined && v2 !== null) {
    if (!testIssuingTransactionLodgingData(v2, c)) return false;
  }
  const v3 = v.receipt;
  if (v3 !== undefined && v3 !== null) {
    if (!isArray(v3)) return false;
    for (let i0 = 0; i0 < v3.length; i0++) {
      const v4 = v3[i0];
      if (!testIssuingTransactionReceiptData(v4, c)) return false;
    }
  }
  const v5 = v.reference;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    flight: opt(nul(ref(IssuingTransactionFlightData))),
    fuel: opt(nul(ref(IssuingTransactionFuelData))),
    lodging: opt(nul(ref(IssuingTransactionLodgingData))),
    receipt: opt(nul(list(ref(IssuingTransactionReceiptData)))),
    reference: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_transaction_purchase_details",
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
  schema as IssuingTransactionPurchaseDetails,
  validateInput as validateIssuingTransactionPurchaseDetails,
  isValid as isIssuingTransactionPurchaseDetails,
  check as checkIssuingTransactionPurchaseDetails,
  test as testIssuingTransactionPurchaseDetails,
};
