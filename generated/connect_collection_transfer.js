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
  obj,
  oneOf,
  ref,
  req,
  str,
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Account, checkAccount, testAccount } from "./account.js";

const e0 = /* @__PURE__ */ set(["connect_collection_transfer"]);
const k0 = /* @__PURE__ */ set([
  "amount",
  "currency",
  "destination",
  "id",
  "livemode",
  "object",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["amount"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount"], "integer", v0);
    }
  }
  const v1 = v.currency;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["currency"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["currency"], "string", v1);
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
  const v3 = v.id;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["id"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["id"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["id"], 5000, v3);
    }
  }
  const v4 = v.livemode;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["livemode"], v4, ok);
  } else {
    if (typeof v4 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v4);
    }
  }
  const v5 = v.object;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["object"], v5, ok);
  } else {
    if (!e0.has(v5)) {
      ok = notInEnum(c, ["object"], e0, v5, ok);
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
  if (!isInt(v0)) return false;
  const v1 = v.currency;
  if (typeof v1 !== "string") return false;
  const v2 = v.destination;
  if (v2 === undefined || v2 === null) return false;
  if (typeof v2 === "string") {
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  } else if (isObject(v2)) {
    if (!testAccount(v2, c)) return false;
  } else {
    return false;
  }
  const v3 = v.id;
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  const v4 = v.livemode;
  if (typeof v4 !== "boolean") return false;
  const v5 = v.object;
  if (v5 !== "connect_collection_transfer") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    currency: req(str()),
    destination: req(union(str(), ref(Account))),
    id: req(str()),
    livemode: req(bool()),
    object: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "connect_collection_transfer",
  branch: "connect_collection_transfer",
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
  schema as ConnectCollectionTransfer,
  validateInput as validateConnectCollectionTransfer,
  isValid as isConnectCollectionTransfer,
  check as checkConnectCollectionTransfer,
  test as testConnectCollectionTransfer,
};
