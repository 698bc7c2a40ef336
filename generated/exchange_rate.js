import {
  deeper,
  enter,
  entry,
  isNum,
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
import { num, obj, oneOf, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["exchange_rate"]);
const k1 = /* @__PURE__ */ set(["id", "object", "rates"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.id;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["id"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["id"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["id"], 5000, v0);
    }
  }
  const v1 = v.object;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["object"], v1, ok);
  } else {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["object"], e0, v1, ok);
    }
  }
  const v2 = v.rates;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["rates"], v2, ok);
  } else {
    if (!isObject(v2)) {
      ok = wrongType(c, ["rates"], "object", v2);
    } else {
      for (const k0 of Object.keys(v2)) {
        const v3 = entry(v2, k0);
        if (!isNum(v3)) {
          ok = wrongType(c, ["rates", k0], "number", v3);
        }
      }
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.id;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.object;
  if (v1 !== "exchange_rate") return false;
  const v2 = v.rates;
  if (!isObject(v2)) return false;
  for (const k2 of Object.keys(v2)) {
    const v3 = entry(v2, k2);
    if (!isNum(v3)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    id: req(str()),
    object: req(oneOf(e0)),
    rates: req(obj({}, num())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "exchange_rate",
  branch: "exchange_rate",
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
  schema as ExchangeRate,
  validateInput as validateExchangeRate,
  isValid as isExchangeRate,
  check as checkExchangeRate,
  test as testExchangeRate,
};
