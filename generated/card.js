import {
  branchTests,
  branches,
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
import {
  bool,
  int,
  list,
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
import { Account, checkAccount, testAccount } from "./account.js";
import { Customer, checkCustomer, testCustomer } from "./customer.js";
import {
  DeletedCustomer,
  checkDeletedCustomer,
  testDeletedCustomer,
} from "./deleted_customer.js";

const e0 = /* @__PURE__ */ set(["instant", "standard"]);
const d0 = /* @__PURE__ */ branches(() => [
  ["customer", checkCustomer, "customer"],
  ["deleted_customer", checkDeletedCustomer, "customer#deleted"],
]);
const e1 = /* @__PURE__ */ set(["card"]);
const k1 = /* @__PURE__ */ set([
  "account",
  "address_city",
  "address_country",
  "address_line1",
  "address_line1_check",
  "address_line2",
  "address_state",
  "address_zip",
  "address_zip_check",
  "available_payout_methods",
  "brand",
  "country",
  "currency",
  "customer",
  "cvc_check",
  "default_for_currency",
  "dynamic_last4",
  "exp_month",
  "exp_year",
  "fingerprint",
  "funding",
  "id",
  "last4",
  "metadata",
  "name",
  "object",
  "status",
  "tokenization_method",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testCustomer, "customer"],
  [testDeletedCustomer, "customer#deleted"],
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.account;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) {
        ok = longFail(c, ["account"], 5000, v0);
      }
    } else if (isObject(v0)) {
      ok = into(c, checkAccount, v0, ok, "account");
    } else {
      ok = wrongType(c, ["account"], "string | object", v0);
    }
  }
  const v1 = v.address_city;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["address_city"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["address_city"], 5000, v1);
    }
  }
  const v2 = v.address_country;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["address_country"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["address_country"], 5000, v2);
    }
  }
  const v3 = v.address_line1;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["address_line1"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["address_line1"], 5000, v3);
    }
  }
  const v4 = v.address_line1_check;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["address_line1_check"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["address_line1_check"], 5000, v4);
    }
  }
  const v5 = v.address_line2;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["address_line2"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["address_line2"], 5000, v5);
    }
  }
  const v6 = v.address_state;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["address_state"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["address_state"], 5000, v6);
    }
  }
  const v7 = v.address_zip;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["address_zip"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["address_zip"], 5000, v7);
    }
  }
  const v8 = v.address_zip_check;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["address_zip_check"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["address_zip_check"], 5000, v8);
    }
  }
  const v9 = v.available_payout_methods;
  if (v9 !== undefined && v9 !== null) {
    if (!isArray(v9)) {
      ok = wrongType(c, ["available_payout_methods"], "array", v9);
    } else {
      for (let i0 = 0; i0 < v9.length; i0++) {
        const v10 = v9[i0];
        if (!e0.has(v10)) {
          ok = notInEnum(c, ["available_payout_methods", i0], e0, v10, ok);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v11 = v.brand;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["brand"], v11, ok);
  } else {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["brand"], "string", v11);
    } else if (v11.length > 5000 && tooLong(v11, 5000)) {
      ok = longFail(c, ["brand"], 5000, v11);
    }
  }
  const v12 = v.country;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["country"], "string", v12);
    } else if (v12.length > 5000 && tooLong(v12, 5000)) {
      ok = longFail(c, ["country"], 5000, v12);
    }
  }
  const v13 = v.currency;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") {
      ok = wrongType(c, ["currency"], "string", v13);
    }
  }
  const v14 = v.customer;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 === "string") {
      if (v14.length > 5000 && tooLong(v14, 5000)) {
        ok = longFail(c, ["customer"], 5000, v14);
      }
    } else if (isObject(v14)) {
      ok = into(c, d0, v14, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v14);
    }
  }
  const v15 = v.cvc_check;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 !== "string") {
      ok = wrongType(c, ["cvc_check"], "string", v15);
    } else if (v15.length > 5000 && tooLong(v15, 5000)) {
      ok = longFail(c, ["cvc_check"], 5000, v15);
    }
  }
  const v16 = v.default_for_currency;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "boolean") {
      ok = wrongType(c, ["default_for_currency"], "boolean", v16);
    }
  }
  const v17 = v.dynamic_last4;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 !== "string") {
      ok = wrongType(c, ["dynamic_last4"], "string", v17);
    } else if (v17.length > 5000 && tooLong(v17, 5000)) {
      ok = longFail(c, ["dynamic_last4"], 5000, v17);
    }
  }
  const v18 = v.exp_month;
  if (v18 === undefined || v18 === null) {
    ok = missing(c, ["exp_month"], v18, ok);
  } else {
    if (!isInt(v18)) {
      ok = wrongType(c, ["exp_month"], "integer", v18);
    }
  }
  const v19 = v.exp_year;
  if (v19 === undefined || v19 === null) {
    ok = missing(c, ["exp_year"], v19, ok);
  } else {
    if (!isInt(v19)) {
      ok = wrongType(c, ["exp_year"], "integer", v19);
    }
  }
  const v20 = v.fingerprint;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 !== "string") {
      ok = wrongType(c, ["fingerprint"], "string", v20);
    } else if (v20.length > 5000 && tooLong(v20, 5000)) {
      ok = longFail(c, ["fingerprint"], 5000, v20);
    }
  }
  const v21 = v.funding;
  if (v21 === undefined || v21 === null) {
    ok = missing(c, ["funding"], v21, ok);
  } else {
    if (typeof v21 !== "string") {
      ok = wrongType(c, ["funding"], "string", v21);
    } else if (v21.length > 5000 && tooLong(v21, 5000)) {
      ok = longFail(c, ["funding"], 5000, v21);
    }
  }
  const v22 = v.id;
  if (v22 === undefined || v22 === null) {
    ok = missing(c, ["id"], v22, ok);
  } else {
    if (typeof v22 !== "string") {
      ok = wrongType(c, ["id"], "string", v22);
    } else if (v22.length > 5000 && tooLong(v22, 5000)) {
      ok = longFail(c, ["id"], 5000, v22);
    }
  }
  const v23 = v.last4;
  if (v23 === undefined || v23 === null) {
    ok = missing(c, ["last4"], v23, ok);
  } else {
    if (typeof v23 !== "string") {
      ok = wrongType(c, ["last4"], "string", v23);
    } else if (v23.length > 5000 && tooLong(v23, 5000)) {
      ok = longFail(c, ["last4"], 5000, v23);
    }
  }
  const v24 = v.metadata;
  if (v24 !== undefined && v24 !== null) {
    if (!isObject(v24)) {
      ok = wrongType(c, ["metadata"], "object", v24);
    } else {
      for (const k0 of Object.keys(v24)) {
        const v25 = entry(v24, k0);
        if (typeof v25 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v25);
        } else if (v25.length > 500 && tooLong(v25, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v25);
        }
      }
    }
  }
  const v26 = v.name;
  if (v26 !== undefined && v26 !== null) {
    if (typeof v26 !== "string") {
      ok = wrongType(c, ["name"], "string", v26);
    } else if (v26.length > 5000 && tooLong(v26, 5000)) {
      ok = longFail(c, ["name"], 5000, v26);
    }
  }
  const v27 = v.object;
  if (v27 === undefined || v27 === null) {
    ok = missing(c, ["object"], v27, ok);
  } else {
    if (!e1.has(v27)) {
      ok = notInEnum(c, ["object"], e1, v27, ok);
    }
  }
  const v28 = v.status;
  if (v28 !== undefined && v28 !== null) {
    if (typeof v28 !== "string") {
      ok = wrongType(c, ["status"], "string", v28);
    } else if (v28.length > 5000 && tooLong(v28, 5000)) {
      ok = longFail(c, ["status"], 5000, v28);
    }
  }
  const v29 = v.tokenization_method;
  if (v29 !== undefined && v29 !== null) {
    if (typeof v29 !== "string") {
      ok = wrongType(c, ["tokenization_method"], "string", v29);
    } else if (v29.length > 5000 && tooLong(v29, 5000)) {
      ok = longFail(c, ["tokenization_method"], 5000, v29);
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
  const v0 = v.account;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) return false;
    } else if (isObject(v0)) {
      if (!testAccount(v0, c)) return false;
    } else {
      return false;
    }
  }
  const v1 = v.address_city;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.address_country;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.address_line1;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.address_line1_check;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.address_line2;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.address_state;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.address_zip;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.address_zip_check;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  const v9 = v.available_payout_methods;
  if (v9 !== undefined && v9 !== null) {
    if (!isArray(v9)) return false;
    for (let i0 = 0; i0 < v9.length; i0++) {
      const v10 = v9[i0];
      if (!e0.has(v10)) return false;
    }
  }
  const v11 = v.brand;
  if (typeof v11 !== "string") return false;
  if (v11.length > 5000 && tooLong(v11, 5000)) return false;
  const v12 = v.country;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") return false;
    if (v12.length > 5000 && tooLong(v12, 5000)) return false;
  }
  const v13 = v.currency;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") return false;
  }
  const v14 = v.customer;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 === "string") {
      if (v14.length > 5000 && tooLong(v14, 5000)) return false;
    } else if (isObject(v14)) {
      if (!d1(v14, c)) return false;
    } else {
      return false;
    }
  }
  const v15 = v.cvc_check;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 !== "string") return false;
    if (v15.length > 5000 && tooLong(v15, 5000)) return false;
  }
  const v16 = v.default_for_currency;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "boolean") return false;
  }
  const v17 = v.dynamic_last4;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 !== "string") return false;
    if (v17.length > 5000 && tooLong(v17, 5000)) return false;
  }
  const v18 = v.exp_month;
  if (!isInt(v18)) return false;
  const v19 = v.exp_year;
  if (!isInt(v19)) return false;
  const v20 = v.fingerprint;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 !== "string") return false;
    if (v20.length > 5000 && tooLong(v20, 5000)) return false;
  }
  const v21 = v.funding;
  if (typeof v21 !== "string") return false;
  if (v21.length > 5000 && tooLong(v21, 5000)) return false;
  const v22 = v.id;
  if (typeof v22 !== "string") return false;
  if (v22.length > 5000 && tooLong(v22, 5000)) return false;
  const v23 = v.last4;
  if (typeof v23 !== "string") return false;
  if (v23.length > 5000 && tooLong(v23, 5000)) return false;
  const v24 = v.metadata;
  if (v24 !== undefined && v24 !== null) {
    if (!isObject(v24)) return false;
    for (const k2 of Object.keys(v24)) {
      const v25 = entry(v24, k2);
      if (typeof v25 !== "string") return false;
      if (v25.length > 500 && tooLong(v25, 500)) return false;
    }
  }
  const v26 = v.name;
  if (v26 !== undefined && v26 !== null) {
    if (typeof v26 !== "string") return false;
    if (v26.length > 5000 && tooLong(v26, 5000)) return false;
  }
  const v27 = v.object;
  if (v27 !== "card") return false;
  const v28 = v.status;
  if (v28 !== undefined && v28 !== null) {
    if (typeof v28 !== "string") return false;
    if (v28.length > 5000 && tooLong(v28, 5000)) return false;
  }
  const v29 = v.tokenization_method;
  if (v29 !== undefined && v29 !== null) {
    if (typeof v29 !== "string") return false;
    if (v29.length > 5000 && tooLong(v29, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    account: opt(nul(union(str(), ref(Account)))),
    address_city: opt(nul(str())),
    address_country: opt(nul(str())),
    address_line1: opt(nul(str())),
    address_line1_check: opt(nul(str())),
    address_line2: opt(nul(str())),
    address_state: opt(nul(str())),
    address_zip: opt(nul(str())),
    address_zip_check: opt(nul(str())),
    available_payout_methods: opt(nul(list(oneOf(e0)))),
    brand: req(str()),
    country: opt(nul(str())),
    currency: opt(nul(str())),
    customer: opt(nul(union(str(), ref(Customer), ref(DeletedCustomer)))),
    cvc_check: opt(nul(str())),
    default_for_currency: opt(nul(bool())),
    dynamic_last4: opt(nul(str())),
    exp_month: req(int()),
    exp_year: req(int()),
    fingerprint: opt(nul(str())),
    funding: req(str()),
    id: req(str()),
    last4: req(str()),
    metadata: opt(nul(obj({}, str()))),
    name: opt(nul(str())),
    object: req(oneOf(e1)),
    status: opt(nul(str())),
    tokenization_method: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "card",
  branch: "card",
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
  schema as Card,
  validateInput as validateCard,
  isValid as isCard,
  check as checkCard,
  test as testCard,
};
