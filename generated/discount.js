import {
  branchTests,
  branches,
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
  int,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Coupon, checkCoupon, testCoupon } from "./coupon.js";
import { Customer, checkCustomer, testCustomer } from "./customer.js";
import {
  DeletedCustomer,
  checkDeletedCustomer,
  testDeletedCustomer,
} from "./deleted_customer.js";
import {
  PromotionCode,
  checkPromotionCode,
  testPromotionCode,
} from "./promotion_code.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["customer", checkCustomer, "customer"],
  ["deleted_customer", checkDeletedCustomer, "customer#deleted"],
]);
const e0 = /* @__PURE__ */ set(["discount"]);
const k0 = /* @__PURE__ */ set([
  "checkout_session",
  "coupon",
  "customer",
  "end",
  "id",
  "invoice",
  "invoice_item",
  "object",
  "promotion_code",
  "start",
  "subscription",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testCustomer, "customer"],
  [testDeletedCustomer, "customer#deleted"],
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.checkout_session;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["checkout_session"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["checkout_session"], 5000, v0);
    }
  }
  const v1 = v.coupon;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["coupon"], v1, ok);
  } else {
    ok = into(c, checkCoupon, v1, ok, "coupon");
  }
  const v2 = v.customer;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) {
        ok = longFail(c, ["customer"], 5000, v2);
      }
    } else if (isObject(v2)) {
      ok = into(c, d0, v2, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v2);
    }
  }
  const v3 = v.end;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) {
      ok = wrongType(c, ["end"], "integer", v3);
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
  const v5 = v.invoice;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["invoice"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["invoice"], 5000, v5);
    }
  }
  const v6 = v.invoice_item;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["invoice_item"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["invoice_item"], 5000, v6);
    }
  }
  const v7 = v.object;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["object"], v7, ok);
  } else {
    if (!e0.has(v7)) {
      ok = notInEnum(c, ["object"], e0, v7, ok);
    }
  }
  const v8 = v.promotion_code;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 === "string") {
      if (v8.length > 5000 && tooLong(v8, 5000)) {
        ok = longFail(c, ["promotion_code"], 5000, v8);
      }
    } else if (isObject(v8)) {
      ok = into(c, checkPromotionCode, v8, ok, "promotion_code");
    } else {
      ok = wrongType(c, ["promotion_code"], "string | object", v8);
    }
  }
  const v9 = v.start;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["start"], v9, ok);
  } else {
    if (!isInt(v9)) {
      ok = wrongType(c, ["start"], "integer", v9);
    }
  }
  const v10 = v.subscription;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "string") {
      ok = wrongType(c, ["subscription"], "string", v10);
    } else if (v10.length > 5000 && tooLong(v10, 5000)) {
      ok = longFail(c, ["subscription"], 5000, v10);
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
  const v0 = v.checkout_session;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.coupon;
  if (!testCoupon(v1, c)) return false;
  const v2 = v.customer;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) return false;
    } else if (isObject(v2)) {
      if (!d1(v2, c)) return false;
    } else {
      return false;
    }
  }
  const v3 = v.end;
  if (v3 !== undefined && v3 !== null) {
    if (!isInt(v3)) return false;
  }
  const v4 = v.id;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.invoice;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.invoice_item;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.object;
  if (v7 !== "discount") return false;
  const v8 = v.promotion_code;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 === "string") {
      if (v8.length > 5000 && tooLong(v8, 5000)) return false;
    } else if (isObject(v8)) {
      if (!testPromotionCode(v8, c)) return false;
    } else {
      return false;
    }
  }
  const v9 = v.start;
  if (!isInt(v9)) return false;
  const v10 = v.subscription;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "string") return false;
    if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    checkout_session: opt(nul(str())),
    coupon: req(ref(Coupon)),
    customer: opt(nul(union(str(), ref(Customer), ref(DeletedCustomer)))),
    end: opt(nul(int("unix-time"))),
    id: req(str()),
    invoice: opt(nul(str())),
    invoice_item: opt(nul(str())),
    object: req(oneOf(e0)),
    promotion_code: opt(nul(union(str(), ref(PromotionCode)))),
    start: req(int("unix-time")),
    subscription: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "discount",
  branch: "discount",
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
  schema as Discount,
  validateInput as validateDiscount,
  isValid as isDiscount,
  check as checkDiscount,
  test as testDiscount,
};
