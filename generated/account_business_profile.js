import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, ref, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  AccountMonthlyEstimatedRevenue,
  checkAccountMonthlyEstimatedRevenue,
  testAccountMonthlyEstimatedRevenue,
} from "./account_monthly_estimated_revenue.js";
import { Address, checkAddress, testAddress } from "./address.js";

const k0 = /* @__PURE__ */ set([
  "mcc",
  "monthly_estimated_revenue",
  "name",
  "product_description",
  "support_address",
  "support_email",
  "support_phone",
  "support_url",
  "url",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.mcc;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["mcc"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["mcc"], 5000, v0);
    }
  }
  const v1 = v.monthly_estimated_revenue;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkAccountMonthlyEstimatedRevenue,
      v1,
      ok,
      "monthly_estimated_revenue",
    );
  }
  const v2 = v.name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["name"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["name"], 5000, v2);
    }
  }
  const v3 = v.product_description;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["product_description"], "string", v3);
    } else if (v3.length > 40000 && tooLong(v3, 40000)) {
      ok = longFail(c, ["product_description"], 40000, v3);
    }
  }
  const v4 = v.support_address;
  if (v4 !== undefined && v4 !== null) {
    ok = into(c, checkAddress, v4, ok, "support_address");
  }
  const v5 = v.support_email;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["support_email"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["support_email"], 5000, v5);
    }
  }
  const v6 = v.support_phone;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["support_phone"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["support_phone"], 5000, v6);
    }
  }
  const v7 = v.support_url;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["support_url"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["support_url"], 5000, v7);
    }
  }
  const v8 = v.url;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["url"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["url"], 5000, v8);
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
  const v0 = v.mcc;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.monthly_estimated_revenue;
  if (v1 !== undefined) {
    if (!testAccountMonthlyEstimatedRevenue(v1, c)) return false;
  }
  const v2 = v.name;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.product_description;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 40000 && tooLong(v3, 40000)) return false;
  }
  const v4 = v.support_address;
  if (v4 !== undefined && v4 !== null) {
    if (!testAddress(v4, c)) return false;
  }
  const v5 = v.support_email;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.support_phone;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.support_url;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.url;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    mcc: opt(nul(str())),
    monthly_estimated_revenue: opt(ref(AccountMonthlyEstimatedRevenue)),
    name: opt(nul(str())),
    product_description: opt(nul(str())),
    support_address: opt(nul(ref(Address))),
    support_email: opt(nul(str())),
    support_phone: opt(nul(str())),
    support_url: opt(nul(str())),
    url: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "account_business_profile",
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
  schema as AccountBusinessProfile,
  validateInput as validateAccountBusinessProfile,
  isValid as isAccountBusinessProfile,
  check as checkAccountBusinessProfile,
  test as testAccountBusinessProfile,
};
