import {
  deeper,
  enter,
  entry,
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
  CustomerBalanceCustomerBalanceSettings,
  checkCustomerBalanceCustomerBalanceSettings,
  testCustomerBalanceCustomerBalanceSettings,
} from "./customer_balance_customer_balance_settings.js";

const e0 = /* @__PURE__ */ set(["cash_balance"]);
const k1 = /* @__PURE__ */ set([
  "available",
  "customer",
  "livemode",
  "object",
  "settings",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.available;
  if (v0 !== undefined && v0 !== null) {
    if (!isObject(v0)) {
      ok = wrongType(c, ["available"], "object", v0);
    } else {
      for (const k0 of Object.keys(v0)) {
        const v1 = entry(v0, k0);
        if (!isInt(v1)) {
          ok = wrongType(c, ["available", k0], "integer", v1);
        }
      }
    }
  }
  const v2 = v.customer;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["customer"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["customer"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["customer"], 5000, v2);
    }
  }
  const v3 = v.livemode;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["livemode"], v3, ok);
  } else {
    if (typeof v3 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v3);
    }
  }
  const v4 = v.object;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["object"], v4, ok);
  } else {
    if (!e0.has(v4)) {
      ok = notInEnum(c, ["object"], e0, v4, ok);
    }
  }
  const v5 = v.settings;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["settings"], v5, ok);
  } else {
    ok = into(
      c,
      checkCustomerBalanceCustomerBalanceSettings,
      v5,
      ok,
      "settings",
    );
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.available;
  if (v0 !== undefined && v0 !== null) {
    if (!isObject(v0)) return false;
    for (const k2 of Object.keys(v0)) {
      const v1 = entry(v0, k2);
      if (!isInt(v1)) return false;
    }
  }
  const v2 = v.customer;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.livemode;
  if (typeof v3 !== "boolean") return false;
  const v4 = v.object;
  if (v4 !== "cash_balance") return false;
  const v5 = v.settings;
  if (!testCustomerBalanceCustomerBalanceSettings(v5, c)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    available: opt(nul(obj({}, int()))),
    customer: req(str()),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    settings: req(ref(CustomerBalanceCustomerBalanceSettings)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "cash_balance",
  branch: "cash_balance",
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
  schema as CashBalance,
  validateInput as validateCashBalance,
  isValid as isCashBalance,
  check as checkCashBalance,
  test as testCashBalance,
};
