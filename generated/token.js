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
import {
  BankAccount,
  checkBankAccount,
  testBankAccount,
} from "./bank_account.js";
import { Card, checkCard, testCard } from "./card.js";

const e0 = /* @__PURE__ */ set(["token"]);
const k0 = /* @__PURE__ */ set([
  "bank_account",
  "card",
  "client_ip",
  "created",
  "id",
  "livemode",
  "object",
  "type",
  "used",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.bank_account;
  if (v0 !== undefined) {
    ok = into(c, checkBankAccount, v0, ok, "bank_account");
  }
  const v1 = v.card;
  if (v1 !== undefined) {
    ok = into(c, checkCard, v1, ok, "card");
  }
  const v2 = v.client_ip;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["client_ip"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["client_ip"], 5000, v2);
    }
  }
  const v3 = v.created;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["created"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["created"], "integer", v3);
    }
  }
  const v4 = v.id;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["id"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["id"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["id"], 5000, v4);
    }
  }
  const v5 = v.livemode;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["livemode"], v5, ok);
  } else {
    if (typeof v5 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v5);
    }
  }
  const v6 = v.object;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["object"], v6, ok);
  } else {
    if (!e0.has(v6)) {
      ok = notInEnum(c, ["object"], e0, v6, ok);
    }
  }
  const v7 = v.type;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["type"], v7, ok);
  } else {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["type"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["type"], 5000, v7);
    }
  }
  const v8 = v.used;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["used"], v8, ok);
  } else {
    if (typeof v8 !== "boolean") {
      ok = wrongType(c, ["used"], "boolean", v8);
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
  const v0 = v.bank_account;
  if (v0 !== undefined) {
    if (!testBankAccount(v0, c)) return false;
  }
  const v1 = v.card;
  if (v1 !== undefined) {
    if (!testCard(v1, c)) return false;
  }
  const v2 = v.client_ip;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.created;
  if (!isInt(v3)) return false;
  const v4 = v.id;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.livemode;
  if (typeof v5 !== "boolean") return false;
  const v6 = v.object;
  if (v6 !== "token") return false;
  const v7 = v.type;
  if (typeof v7 !== "string") return false;
  if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  const v8 = v.used;
  if (typeof v8 !== "boolean") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    bank_account: opt(ref(BankAccount)),
    card: opt(ref(Card)),
    client_ip: opt(nul(str())),
    created: req(int("unix-time")),
    id: req(str()),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    type: req(str()),
    used: req(bool()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "token",
  branch: "token",
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
  schema as Token,
  validateInput as validateToken,
  isValid as isToken,
  check as checkToken,
  test as testToken,
};
