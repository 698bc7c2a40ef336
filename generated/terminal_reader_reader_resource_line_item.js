import {
  deeper,
  enter,
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
import { int, obj, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["amount", "description", "quantity"]);

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
  const v1 = v.description;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["description"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["description"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["description"], 5000, v1);
    }
  }
  const v2 = v.quantity;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["quantity"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["quantity"], "integer", v2);
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
  const v1 = v.description;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.quantity;
  if (!isInt(v2)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    description: req(str()),
    quantity: req(int()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "terminal_reader_reader_resource_line_item",
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
  schema as TerminalReaderReaderResourceLineItem,
  validateInput as validateTerminalReaderReaderResourceLineItem,
  isValid as isTerminalReaderReaderResourceLineItem,
  check as checkTerminalReaderReaderResourceLineItem,
  test as testTerminalReaderReaderResourceLineItem,
};
