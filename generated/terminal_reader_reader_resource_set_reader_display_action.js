import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TerminalReaderReaderResourceCart,
  checkTerminalReaderReaderResourceCart,
  testTerminalReaderReaderResourceCart,
} from "./terminal_reader_reader_resource_cart.js";

const e0 = /* @__PURE__ */ set(["cart"]);
const k0 = /* @__PURE__ */ set(["cart", "type"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.cart;
  if (v0 !== undefined && v0 !== null) {
    ok = into(c, checkTerminalReaderReaderResourceCart, v0, ok, "cart");
  }
  const v1 = v.type;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["type"], v1, ok);
  } else {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["type"], e0, v1, ok);
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
  const v0 = v.cart;
  if (v0 !== undefined && v0 !== null) {
    if (!testTerminalReaderReaderResourceCart(v0, c)) return false;
  }
  const v1 = v.type;
  if (v1 !== "cart") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    cart: opt(nul(ref(TerminalReaderReaderResourceCart))),
    type: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "terminal_reader_reader_resource_set_reader_display_action",
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
  schema as TerminalReaderReaderResourceSetReaderDisplayAction,
  validateInput as validateTerminalReaderReaderResourceSetReaderDisplayAction,
  isValid as isTerminalReaderReaderResourceSetReaderDisplayAction,
  check as checkTerminalReaderReaderResourceSetReaderDisplayAction,
  test as testTerminalReaderReaderResourceSetReaderDisplayAction,
};
