import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isInt,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, list, nul, obj, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TerminalReaderReaderResourceLineItem,
  checkTerminalReaderReaderResourceLineItem,
  testTerminalReaderReaderResourceLineItem,
} from "./terminal_reader_reader_resource_line_item.js";

const k0 = /* @__PURE__ */ set(["currency", "line_items", "tax", "total"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.currency;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["currency"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["currency"], "string", v0);
    }
  }
  const v1 = v.line_items;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["line_items"], v1, ok);
  } else {
    if (!isArray(v1)) {
      ok = wrongType(c, ["line_items"], "array", v1);
    } else {
      for (let i0 = 0; i0 < v1.length; i0++) {
        const v2 = v1[i0];
        ok = into(
          c,
          checkTerminalReaderReaderResourceLineItem,
          v2,
          ok,
          "line_items",
          i0,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v3 = v.tax;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) {
      ok = wrongType(c, ["tax"], "integer", v3);
    }
  }
  const v4 = v.total;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["total"], v4, ok);
  } else {
    if (!isInt(v4)) {
      ok = wrongType(c, ["total"], "integer", v4);
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
  const v0 = v.currency;
  if (typeof v0 !== "string") return false;
  const v1 = v.line_items;
  if (!isArray(v1)) return false;
  for (let i0 = 0; i0 < v1.length; i0++) {
    const v2 = v1[i0];
    if (!testTerminalReaderReaderResourceLineItem(v2, c)) return false;
  }
  const v3 = v.tax;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) return false;
  }
  const v4 = v.total;
  if (!isInt(v4)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    currency: req(str()),
    line_items: req(list(ref(TerminalReaderReaderResourceLineItem))),
    tax: opt(nul(int())),
    total: req(int()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "terminal_reader_reader_resource_cart",
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
  schema as TerminalReaderReaderResourceCart,
  validateInput as validateTerminalReaderReaderResourceCart,
  isValid as isTerminalReaderReaderResourceCart,
  check as checkTerminalReaderReaderResourceCart,
  test as testTerminalReaderReaderResourceCart,
};
