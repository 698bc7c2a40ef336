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
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, list, nul, obj, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Shipping, checkShipping, testShipping } from "./shipping.js";
import {
  SourceOrderItem,
  checkSourceOrderItem,
  testSourceOrderItem,
} from "./source_order_item.js";

const k0 = /* @__PURE__ */ set([
  "amount",
  "currency",
  "email",
  "items",
  "shipping",
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
  const v2 = v.email;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["email"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["email"], 5000, v2);
    }
  }
  const v3 = v.items;
  if (v3 !== undefined && v3 !== null) {
    if (!isArray(v3)) {
      ok = wrongType(c, ["items"], "array", v3);
    } else {
      for (let i0 = 0; i0 < v3.length; i0++) {
        const v4 = v3[i0];
        ok = into(c, checkSourceOrderItem, v4, ok, "items", i0);
        if (!ok && full(c)) break;
      }
    }
  }
  const v5 = v.shipping;
  if (v5 !== undefined) {
    ok = into(c, checkShipping, v5, ok, "shipping");
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
  const v2 = v.email;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.items;
  if (v3 !== undefined && v3 !== null) {
    if (!isArray(v3)) return false;
    for (let i0 = 0; i0 < v3.length; i0++) {
      const v4 = v3[i0];
      if (!testSourceOrderItem(v4, c)) return false;
    }
  }
  const v5 = v.shipping;
  if (v5 !== undefined) {
    if (!testShipping(v5, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    currency: req(str()),
    email: opt(str()),
    items: opt(nul(list(ref(SourceOrderItem)))),
    shipping: opt(ref(Shipping)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source_order",
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
  schema as SourceOrder,
  validateInput as validateSourceOrder,
  isValid as isSourceOrder,
  check as checkSourceOrder,
  test as testSourceOrder,
};
