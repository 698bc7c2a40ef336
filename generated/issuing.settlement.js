import {
  deeper,
  enter,
  entry,
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
import { bool, int, obj, oneOf, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["visa"]);
const e1 = /* @__PURE__ */ set(["issuing.settlement"]);
const k1 = /* @__PURE__ */ set([
  "bin",
  "clearing_date",
  "created",
  "currency",
  "id",
  "interchange_fees",
  "livemode",
  "metadata",
  "net_total",
  "network",
  "network_fees",
  "network_settlement_identifier",
  "object",
  "settlement_service",
  "transaction_count",
  "transaction_volume",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.bin;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["bin"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["bin"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["bin"], 5000, v0);
    }
  }
  const v1 = v.clearing_date;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["clearing_date"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["clearing_date"], "integer", v1);
    }
  }
  const v2 = v.created;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["created"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["created"], "integer", v2);
    }
  }
  const v3 = v.currency;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["currency"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["currency"], "string", v3);
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
  const v5 = v.interchange_fees;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["interchange_fees"], v5, ok);
  } else {
    if (!isInt(v5)) {
      ok = wrongType(c, ["interchange_fees"], "integer", v5);
    }
  }
  const v6 = v.livemode;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["livemode"], v6, ok);
  } else {
    if (typeof v6 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v6);
    }
  }
  const v7 = v.metadata;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["metadata"], v7, ok);
  } else {
    if (!isObject(v7)) {
      ok = wrongType(c, ["metadata"], "object", v7);
    } else {
      for (const k0 of Object.keys(v7)) {
        const v8 = entry(v7, k0);
        if (typeof v8 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v8);
        } else if (v8.length > 500 && tooLong(v8, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v8);
        }
      }
    }
  }
  const v9 = v.net_total;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["net_total"], v9, ok);
  } else {
    if (!isInt(v9)) {
      ok = wrongType(c, ["net_total"], "integer", v9);
    }
  }
  const v10 = v.network;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["network"], v10, ok);
  } else {
    if (!e0.has(v10)) {
      ok = notInEnum(c, ["network"], e0, v10, ok);
    }
  }
  const v11 = v.network_fees;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["network_fees"], v11, ok);
  } else {
    if (!isInt(v11)) {
      ok = wrongType(c, ["network_fees"], "integer", v11);
    }
  }
  const v12 = v.network_settlement_identifier;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["network_settlement_identifier"], v12, ok);
  } else {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["network_settlement_identifier"], "string", v12);
    } else if (v12.length > 5000 && tooLong(v12, 5000)) {
      ok = longFail(c, ["network_settlement_identifier"], 5000, v12);
    }
  }
  const v13 = v.object;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["object"], v13, ok);
  } else {
    if (!e1.has(v13)) {
      ok = notInEnum(c, ["object"], e1, v13, ok);
    }
  }
  const v14 = v.settlement_service;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["settlement_service"], v14, ok);
  } else {
    if (typeof v14 !== "string") {
      ok = wrongType(c, ["settlement_service"], "string", v14);
    } else if (v14.length > 5000 && tooLong(v14, 5000)) {
      ok = longFail(c, ["settlement_service"], 5000, v14);
    }
  }
  const v15 = v.transaction_count;
  if (v15 === undefined || v15 === null) {
    ok = missing(c, ["transaction_count"], v15, ok);
  } else {
    if (!isInt(v15)) {
      ok = wrongType(c, ["transaction_count"], "integer", v15);
    }
  }
  const v16 = v.transaction_volume;
  if (v16 === undefined || v16 === null) {
    ok = missing(c, ["transaction_volume"], v16, ok);
  } else {
    if (!isInt(v16)) {
      ok = wrongType(c, ["transaction_volume"], "integer", v16);
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
  const v0 = v.bin;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.clearing_date;
  if (!isInt(v1)) return false;
  const v2 = v.created;
  if (!isInt(v2)) return false;
  const v3 = v.currency;
  if (typeof v3 !== "string") return false;
  const v4 = v.id;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.interchange_fees;
  if (!isInt(v5)) return false;
  const v6 = v.livemode;
  if (typeof v6 !== "boolean") return false;
  const v7 = v.metadata;
  if (!isObject(v7)) return false;
  for (const k2 of Object.keys(v7)) {
    const v8 = entry(v7, k2);
    if (typeof v8 !== "string") return false;
    if (v8.length > 500 && tooLong(v8, 500)) return false;
  }
  const v9 = v.net_total;
  if (!isInt(v9)) return false;
  const v10 = v.network;
  if (v10 !== "visa") return false;
  const v11 = v.network_fees;
  if (!isInt(v11)) return false;
  const v12 = v.network_settlement_identifier;
  if (typeof v12 !== "string") return false;
  if (v12.length > 5000 && tooLong(v12, 5000)) return false;
  const v13 = v.object;
  if (v13 !== "issuing.settlement") return false;
  const v14 = v.settlement_service;
  if (typeof v14 !== "string") return false;
  if (v14.length > 5000 && tooLong(v14, 5000)) return false;
  const v15 = v.transaction_count;
  if (!isInt(v15)) return false;
  const v16 = v.transaction_volume;
  if (!isInt(v16)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    bin: req(str()),
    clearing_date: req(int()),
    created: req(int("unix-time")),
    currency: req(str()),
    id: req(str()),
    interchange_fees: req(int()),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    net_total: req(int()),
    network: req(oneOf(e0)),
    network_fees: req(int()),
    network_settlement_identifier: req(str()),
    object: req(oneOf(e1)),
    settlement_service: req(str()),
    transaction_count: req(int()),
    transaction_volume: req(int()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing.settlement",
  branch: "issuing.settlement",
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
  schema as IssuingSettlement,
  validateInput as validateIssuingSettlement,
  isValid as isIssuingSettlement,
  check as checkIssuingSettlement,
  test as testIssuingSettlement,
};
