import {
  deeper,
  enter,
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
import {
  bool,
  int,
  list,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Item, checkItem, testItem } from "./item.js";
import {
  QuotesResourceTotalDetails,
  checkQuotesResourceTotalDetails,
  testQuotesResourceTotalDetails,
} from "./quotes_resource_total_details.js";

const e0 = /* @__PURE__ */ set(["list"]);
const k0 = /* @__PURE__ */ set(["data", "has_more", "object", "url"]);
const k1 = /* @__PURE__ */ set([
  "amount_subtotal",
  "amount_total",
  "line_items",
  "total_details",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount_subtotal;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["amount_subtotal"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount_subtotal"], "integer", v0);
    }
  }
  const v1 = v.amount_total;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["amount_total"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["amount_total"], "integer", v1);
    }
  }
  const v2 = v.line_items;
  if (v2 !== undefined) {
    if (!isObject(v2)) {
      ok = wrongType(c, ["line_items"], "object", v2);
    } else {
      const v3 = v2.data;
      if (v3 === undefined || v3 === null) {
        ok = missing(c, ["line_items", "data"], v3, ok);
      } else {
        if (!isArray(v3)) {
          ok = wrongType(c, ["line_items", "data"], "array", v3);
        } else {
          for (let i0 = 0; i0 < v3.length; i0++) {
            const v4 = v3[i0];
            ok = into(c, checkItem, v4, ok, "line_items", "data", i0);
            if (!ok && full(c)) break;
          }
        }
      }
      const v5 = v2.has_more;
      if (v5 === undefined || v5 === null) {
        ok = missing(c, ["line_items", "has_more"], v5, ok);
      } else {
        if (typeof v5 !== "boolean") {
          ok = wrongType(c, ["line_items", "has_more"], "boolean", v5);
        }
      }
      const v6 = v2.object;
      if (v6 === undefined || v6 === null) {
        ok = missing(c, ["line_items", "object"], v6, ok);
      } else {
        if (!e0.has(v6)) {
          ok = notInEnum(c, ["line_items", "object"], e0, v6, ok);
        }
      }
      const v7 = v2.url;
      if (v7 === undefined || v7 === null) {
        ok = missing(c, ["line_items", "url"], v7, ok);
      } else {
        if (typeof v7 !== "string") {
          ok = wrongType(c, ["line_items", "url"], "string", v7);
        } else if (v7.length > 5000 && tooLong(v7, 5000)) {
          ok = longFail(c, ["line_items", "url"], 5000, v7);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["line_items"], v2, k0, ok);
      }
    }
  }
  const v8 = v.total_details;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["total_details"], v8, ok);
  } else {
    ok = into(c, checkQuotesResourceTotalDetails, v8, ok, "total_details");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.amount_subtotal;
  if (!isInt(v0)) return false;
  const v1 = v.amount_total;
  if (!isInt(v1)) return false;
  const v2 = v.line_items;
  if (v2 !== undefined) {
    if (!isObject(v2)) return false;
    const v3 = v2.data;
    if (!isArray(v3)) return false;
    for (let i0 = 0; i0 < v3.length; i0++) {
      const v4 = v3[i0];
      if (!testItem(v4, c)) return false;
    }
    const v5 = v2.has_more;
    if (typeof v5 !== "boolean") return false;
    const v6 = v2.object;
    if (v6 !== "list") return false;
    const v7 = v2.url;
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.total_details;
  if (!testQuotesResourceTotalDetails(v8, c)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount_subtotal: req(int()),
    amount_total: req(int()),
    line_items: opt(
      obj({
        data: req(list(ref(Item))),
        has_more: req(bool()),
        object: req(oneOf(e0)),
        url: req(str()),
      }),
    ),
    total_details: req(ref(QuotesResourceTotalDetails)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "quotes_resource_upfront",
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
  schema as QuotesResourceUpfront,
  validateInput as validateQuotesResourceUpfront,
  isValid as isQuotesResourceUpfront,
  check as checkQuotesResourceUpfront,
  test as testQuotesResourceUpfront,
};
