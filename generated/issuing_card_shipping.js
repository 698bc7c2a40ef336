import {
  deeper,
  enter,
  into,
  isInt,
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
import {
  bool,
  int,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Address, checkAddress, testAddress } from "./address.js";
import {
  IssuingCardShippingCustoms,
  checkIssuingCardShippingCustoms,
  testIssuingCardShippingCustoms,
} from "./issuing_card_shipping_customs.js";

const e0 = /* @__PURE__ */ set(["dhl", "fedex", "royal_mail", "usps"]);
const e1 = /* @__PURE__ */ set([
  "canceled",
  "delivered",
  "failure",
  "pending",
  "returned",
  "shipped",
]);
const e2 = /* @__PURE__ */ set(["bulk", "individual"]);
const k0 = /* @__PURE__ */ set([
  "address",
  "carrier",
  "customs",
  "eta",
  "name",
  "phone_number",
  "require_signature",
  "service",
  "status",
  "tracking_number",
  "tracking_url",
  "type",
]);
const e3 = /* @__PURE__ */ set(["express", "priority", "standard"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.address;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["address"], v0, ok);
  } else {
    ok = into(c, checkAddress, v0, ok, "address");
  }
  const v1 = v.carrier;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["carrier"], e0, v1, ok);
    }
  }
  const v2 = v.customs;
  if (v2 !== undefined && v2 !== null) {
    ok = into(c, checkIssuingCardShippingCustoms, v2, ok, "customs");
  }
  const v3 = v.eta;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) {
      ok = wrongType(c, ["eta"], "integer", v3);
    }
  }
  const v4 = v.name;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["name"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["name"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["name"], 5000, v4);
    }
  }
  const v5 = v.phone_number;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["phone_number"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["phone_number"], 5000, v5);
    }
  }
  const v6 = v.require_signature;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "boolean") {
      ok = wrongType(c, ["require_signature"], "boolean", v6);
    }
  }
  const v7 = v.service;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["service"], v7, ok);
  } else {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["service"], "string", v7);
    }
  }
  const v8 = v.status;
  if (v8 !== undefined && v8 !== null) {
    if (!e1.has(v8)) {
      ok = notInEnum(c, ["status"], e1, v8, ok);
    }
  }
  const v9 = v.tracking_number;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["tracking_number"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["tracking_number"], 5000, v9);
    }
  }
  const v10 = v.tracking_url;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "string") {
      ok = wrongType(c, ["tracking_url"], "string", v10);
    } else if (v10.length > 5000 && tooLong(v10, 5000)) {
      ok = longFail(c, ["tracking_url"], 5000, v10);
    }
  }
  const v11 = v.type;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["type"], v11, ok);
  } else {
    if (!e2.has(v11)) {
      ok = notInEnum(c, ["type"], e2, v11, ok);
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
  if (!testAddress(v0, c)) return false;
  const v1 = v.carrier;
  if (v1 !== undefined && v1 !== null) {
    if (!e0.has(v1)) return false;
  }
  const v2 = v.customs;
  if (v2 !== undefined && v2 !== null) {
    if (!testIssuingCardShippingCustoms(v2, c)) return false;
  }
  const v3 = v.eta;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) return false;
  }
  const v4 = v.name;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.phone_number;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.require_signature;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "boolean") return false;
  }
  const v7 = v.service;
  if (typeof v7 !== "string") return false;
  const v8 = v.status;
  if (v8 !== undefined && v8 !== null) {
    if (!e1.has(v8)) return false;
  }
  const v9 = v.tracking_number;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") return false;
    if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  }
  const v10 = v.tracking_url;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "string") return false;
    if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  }
  const v11 = v.type;
  if (!e2.has(v11)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    address: req(ref(Address)),
    carrier: opt(nul(oneOf(e0))),
    customs: opt(nul(ref(IssuingCardShippingCustoms))),
    eta: opt(nul(int("unix-time"))),
    name: req(str()),
    phone_number: opt(nul(str())),
    require_signature: opt(nul(bool())),
    service: req(oneOf(e3, true)),
    status: opt(nul(oneOf(e1))),
    tracking_number: opt(nul(str())),
    tracking_url: opt(nul(str())),
    type: req(oneOf(e2)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_card_shipping",
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
  schema as IssuingCardShipping,
  validateInput as validateIssuingCardShipping,
  isValid as isIssuingCardShipping,
  check as checkIssuingCardShipping,
  test as testIssuingCardShipping,
};
