import {
  deeper,
  enter,
  into,
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
import { int, obj, opt, ref, req, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Account, checkAccount, testAccount } from "./account.js";

const k0 = /* @__PURE__ */ set(["amount", "destination"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount;
  if (v0 !== undefined) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount"], "integer", v0);
    }
  }
  const v1 = v.destination;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["destination"], v1, ok);
  } else {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) {
        ok = longFail(c, ["destination"], 5000, v1);
      }
    } else if (isObject(v1)) {
      ok = into(c, checkAccount, v1, ok, "destination");
    } else {
      ok = wrongType(c, ["destination"], "string | object", v1);
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
  if (v0 !== undefined) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.destination;
  if (v1 === undefined || v1 === null) return false;
  if (typeof v1 === "string") {
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  } else if (isObject(v1)) {
    if (!testAccount(v1, c)) return false;
  } else {
    return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: opt(int()),
    destination: req(union(str(), ref(Account))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "transfer_data",
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
  schema as TransferData,
  validateInput as validateTransferData,
  isValid as isTransferData,
  check as checkTransferData,
  test as testTransferData,
};
