import {
  deeper,
  enter,
  entry,
  full,
  into,
  isArray,
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
import { bool, int, list, obj, oneOf, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  RadarValueListItem,
  checkRadarValueListItem,
  testRadarValueListItem,
} from "./radar.value_list_item.js";

const e0 = /* @__PURE__ */ set([
  "card_bin",
  "card_fingerprint",
  "case_sensitive_string",
  "country",
  "customer_id",
  "email",
  "ip_address",
  "sepa_debit_fingerprint",
  "string",
  "us_bank_account_fingerprint",
]);
const e1 = /* @__PURE__ */ set(["list"]);
const k0 = /* @__PURE__ */ set(["data", "has_more", "object", "url"]);
const e2 = /* @__PURE__ */ set(["radar.value_list"]);
const k2 = /* @__PURE__ */ set([
  "alias",
  "created",
  "created_by",
  "id",
  "item_type",
  "list_items",
  "livemode",
  "metadata",
  "name",
  "object",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.alias;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["alias"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["alias"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["alias"], 5000, v0);
    }
  }
  const v1 = v.created;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["created"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["created"], "integer", v1);
    }
  }
  const v2 = v.created_by;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["created_by"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["created_by"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["created_by"], 5000, v2);
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
  const v4 = v.item_type;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["item_type"], v4, ok);
  } else {
    if (!e0.has(v4)) {
      ok = notInEnum(c, ["item_type"], e0, v4, ok);
    }
  }
  const v5 = v.list_items;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["list_items"], v5, ok);
  } else {
    if (!isObject(v5)) {
      ok = wrongType(c, ["list_items"], "object", v5);
    } else {
      const v6 = v5.data;
      if (v6 === undefined || v6 === null) {
        ok = missing(c, ["list_items", "data"], v6, ok);
      } else {
        if (!isArray(v6)) {
          ok = wrongType(c, ["list_items", "data"], "array", v6);
        } else {
          for (let i0 = 0; i0 < v6.length; i0++) {
            const v7 = v6[i0];
            ok = into(
              c,
              checkRadarValueListItem,
              v7,
              ok,
              "list_items",
              "data",
              i0,
            );
            if (!ok && full(c)) break;
          }
        }
      }
      const v8 = v5.has_more;
      if (v8 === undefined || v8 === null) {
        ok = missing(c, ["list_items", "has_more"], v8, ok);
      } else {
        if (typeof v8 !== "boolean") {
          ok = wrongType(c, ["list_items", "has_more"], "boolean", v8);
        }
      }
      const v9 = v5.object;
      if (v9 === undefined || v9 === null) {
        ok = missing(c, ["list_items", "object"], v9, ok);
      } else {
        if (!e1.has(v9)) {
          ok = notInEnum(c, ["list_items", "object"], e1, v9, ok);
        }
      }
      const v10 = v5.url;
      if (v10 === undefined || v10 === null) {
        ok = missing(c, ["list_items", "url"], v10, ok);
      } else {
        if (typeof v10 !== "string") {
          ok = wrongType(c, ["list_items", "url"], "string", v10);
        } else if (v10.length > 5000 && tooLong(v10, 5000)) {
          ok = longFail(c, ["list_items", "url"], 5000, v10);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["list_items"], v5, k0, ok);
      }
    }
  }
  const v11 = v.livemode;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["livemode"], v11, ok);
  } else {
    if (typeof v11 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v11);
    }
  }
  const v12 = v.metadata;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["metadata"], v12, ok);
  } else {
    if (!isObject(v12)) {
      ok = wrongType(c, ["metadata"], "object", v12);
    } else {
      for (const k1 of Object.keys(v12)) {
        const v13 = entry(v12, k1);
        if (typeof v13 !== "string") {
          ok = wrongType(c, ["metadata", k1], "string", v13);
        } else if (v13.length > 500 && tooLong(v13, 500)) {
          ok = longFail(c, ["metadata", k1], 500, v13);
        }
      }
    }
  }
  const v14 = v.name;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["name"], v14, ok);
  } else {
    if (typeof v14 !== "string") {
      ok = wrongType(c, ["name"], "string", v14);
    } else if (v14.length > 5000 && tooLong(v14, 5000)) {
      ok = longFail(c, ["name"], 5000, v14);
    }
  }
  const v15 = v.object;
  if (v15 === undefined || v15 === null) {
    ok = missing(c, ["object"], v15, ok);
  } else {
    if (!e2.has(v15)) {
      ok = notInEnum(c, ["object"], e2, v15, ok);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k2, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.alias;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.created;
  if (!isInt(v1)) return false;
  const v2 = v.created_by;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.id;
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  const v4 = v.item_type;
  if (!e0.has(v4)) return false;
  const v5 = v.list_items;
  if (!isObject(v5)) return false;
  const v6 = v5.data;
  if (!isArray(v6)) return false;
  for (let i0 = 0; i0 < v6.length; i0++) {
    const v7 = v6[i0];
    if (!testRadarValueListItem(v7, c)) return false;
  }
  const v8 = v5.has_more;
  if (typeof v8 !== "boolean") return false;
  const v9 = v5.object;
  if (v9 !== "list") return false;
  const v10 = v5.url;
  if (typeof v10 !== "string") return false;
  if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  const v11 = v.livemode;
  if (typeof v11 !== "boolean") return false;
  const v12 = v.metadata;
  if (!isObject(v12)) return false;
  for (const k3 of Object.keys(v12)) {
    const v13 = entry(v12, k3);
    if (typeof v13 !== "string") return false;
    if (v13.length > 500 && tooLong(v13, 500)) return false;
  }
  const v14 = v.name;
  if (typeof v14 !== "string") return false;
  if (v14.length > 5000 && tooLong(v14, 5000)) return false;
  const v15 = v.object;
  if (v15 !== "radar.value_list") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    alias: req(str()),
    created: req(int("unix-time")),
    created_by: req(str()),
    id: req(str()),
    item_type: req(oneOf(e0)),
    list_items: req(
      obj({
        data: req(list(ref(RadarValueListItem))),
        has_more: req(bool()),
        object: req(oneOf(e1)),
        url: req(str()),
      }),
    ),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    name: req(str()),
    object: req(oneOf(e2)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "radar.value_list",
  branch: "radar.value_list",
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
  schema as RadarValueList,
  validateInput as validateRadarValueList,
  isValid as isRadarValueList,
  check as checkRadarValueList,
  test as testRadarValueList,
};
