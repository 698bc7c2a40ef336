import {
  deeper,
  enter,
  into,
  isInt,
  isNum,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import {
  int,
  nul,
  num,
  obj,
  opt,
  ref,
  req,
  str,
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Account, checkAccount, testAccount } from "./account.js";

const k0 = /* @__PURE__ */ set(["amount", "amount_percent", "destination"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount"], "integer", v0);
    }
  }
  const v1 = v.amount_percent;
  if (v1 !== undefined && v1 !== null) {
    if (!isNum(v1)) {
      ok = wrongType(c, ["amount_percent"], "number", v1);
    }
  }
  const v2 = v.destination;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["destination"], v2, ok);
  } else {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) {
        ok = longFail(c, ["destination"], 5000, v2);
      }
    } else if (isObject(v2)) {
      ok = into(c, checkAccount, v2, ok, "destination");
    } else {
      ok = wrongType(c, ["destination"], "string | object", v2);
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
  const v0 = v.amount;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.amount_percent;
  if (v1 !== undefined && v1 !== null) {
    if (!isNum(v1)) return false;
  }
  const v2 = v.destination;
  if (v2 === undefined || v2 === null) return false;
  if (typeof v2 === "string") {
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  } else if (isObject(v2)) {
    if (!testAccount(v2, c)) return false;
  } else {
    return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: opt(nul(int())),
    amount_percent: opt(nul(num())),
    destination: req(union(str(), ref(Account))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "quotes_resource_transfer_data",
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
  schema as QuotesResourceTransferData,
  validateInput as validateQuotesResourceTransferData,
  isValid as isQuotesResourceTransferData,
  check as checkQuotesResourceTransferData,
  test as testQuotesResourceTransferData,
};
