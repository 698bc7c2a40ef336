import {
  deeper,
  enter,
  isInt,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "address",
  "amount_charged",
  "amount_received",
  "amount_returned",
  "refund_attributes_method",
  "refund_attributes_status",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.address;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["address"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["address"], 5000, v0);
    }
  }
  const v1 = v.amount_charged;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["amount_charged"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["amount_charged"], "integer", v1);
    }
  }
  const v2 = v.amount_received;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["amount_received"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["amount_received"], "integer", v2);
    }
  }
  const v3 = v.amount_returned;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["amount_returned"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["amount_returned"], "integer", v3);
    }
  }
  const v4 = v.refund_attributes_method;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["refund_attributes_method"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["refund_attributes_method"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["refund_attributes_method"], 5000, v4);
    }
  }
  const v5 = v.refund_attributes_status;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["refund_attributes_status"], v5, ok);
  } else {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["refund_attributes_status"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["refund_attributes_status"], 5000, v5);
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
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.amount_charged;
  if (!isInt(v1)) return false;
  const v2 = v.amount_received;
  if (!isInt(v2)) return false;
  const v3 = v.amount_returned;
  if (!isInt(v3)) return false;
  const v4 = v.refund_attributes_method;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.refund_attributes_status;
  if (typeof v5 !== "string") return false;
  if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    address: opt(nul(str())),
    amount_charged: req(int()),
    amount_received: req(int()),
    amount_returned: req(int()),
    refund_attributes_method: req(str()),
    refund_attributes_status: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source_receiver_flow",
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
  schema as SourceReceiverFlow,
  validateInput as validateSourceReceiverFlow,
  isValid as isSourceReceiverFlow,
  check as checkSourceReceiverFlow,
  test as testSourceReceiverFlow,
};
