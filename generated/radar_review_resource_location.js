import {
  deeper,
  enter,
  isNum,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, num, obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "city",
  "country",
  "latitude",
  "longitude",
  "region",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.city;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["city"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["city"], 5000, v0);
    }
  }
  const v1 = v.country;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["country"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["country"], 5000, v1);
    }
  }
  const v2 = v.latitude;
  if (v2 !== undefined && v2 !== null) {
    if (!isNum(v2)) {
      ok = wrongType(c, ["latitude"], "number", v2);
    }
  }
  const v3 = v.longitude;
  if (v3 !== undefined && v3 !== null) {
    if (!isNum(v3)) {
      ok = wrongType(c, ["longitude"], "number", v3);
    }
  }
  const v4 = v.region;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["region"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["region"], 5000, v4);
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
  const v0 = v.city;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.country;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.latitude;
  if (v2 !== undefined && v2 !== null) {
    if (!isNum(v2)) return false;
  }
  const v3 = v.longitude;
  if (v3 !== undefined && v3 !== null) {
    if (!isNum(v3)) return false;
  }
  const v4 = v.region;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    city: opt(nul(str())),
    country: opt(nul(str())),
    latitude: opt(nul(num())),
    longitude: opt(nul(num())),
    region: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "radar_review_resource_location",
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
  schema as RadarReviewResourceLocation,
  validateInput as validateRadarReviewResourceLocation,
  isValid as isRadarReviewResourceLocation,
  check as checkRadarReviewResourceLocation,
  test as testRadarReviewResourceLocation,
};
