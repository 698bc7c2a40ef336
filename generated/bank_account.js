import {
  branchTests,
  branches,
  deeper,
  enter,
  entry,
  full,
  into,
  isArray,
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
import {
  ExternalAccountRequirements,
  checkExternalAccountRequirements,
  testExternalAccountRequirements,
} from "./external_account_requirements.js";

const e0 = /* @__PURE__ */ set(["instant", "standard"]);
const d0 = /* @__PURE__ */ branches(() => [
  ["customer", checkCustomer, "customer"],
  ["deleted_customer", checkDeletedCustomer, "customer#deleted"],
]);
const e1 = /* @__PURE__ */ set(["bank_account"]);
const k1 = /* @__PURE__ */ set([
  "account",
  "account_holder_name",
  "account_holder_type",
  "account_type",
  "available_payout_methods",
  "bank_name",
  "country",
  "currency",
  "customer",
  "default_for_currency",
  "fingerprint",
  "future_requirements",
  "id",
  "last4",
  "metadata",
  "object",
  "requirements",
  "routing_number",
  "status",
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
  const v1 = v.account_holder_name;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["account_holder_name"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["account_holder_name"], 5000, v1);
    }
  }
  const v2 = v.account_holder_type;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["account_holder_type"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["account_holder_type"], 5000, v2);
    }
  }
  const v3 = v.account_type;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["account_type"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["account_type"], 5000, v3);
    }
  }
  const v4 = v.available_payout_methods;
  if (v4 !== undefined && v4 !== null) {
    if (!isArray(v4)) {
      ok = wrongType(c, ["available_payout_methods"], "array", v4);
    } else {
      for (let i0 = 0; i0 < v4.length; i0++) {
        const v5 = v4[i0];
        if (!e0.has(v5)) {
          ok = notInEnum(c, ["available_payout_methods", i0], e0, v5, ok);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v6 = v.bank_name;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["bank_name"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["bank_name"], 5000, v6);
    }
  }
  const v7 = v.country;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["country"], v7, ok);
  } else {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["country"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["country"], 5000, v7);
    }
  }
  const v8 = v.currency;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["currency"], v8, ok);
  } else {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["currency"], "string", v8);
    }
  }
  const v9 = v.customer;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 === "string") {
      if (v9.length > 5000 && tooLong(v9, 5000)) {
        ok = longFail(c, ["customer"], 5000, v9);
      }
    } else if (isObject(v9)) {
      ok = into(c, d0, v9, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v9);
    }
  }
  const v10 = v.default_for_currency;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "boolean") {
      ok = wrongType(c, ["default_for_currency"], "boolean", v10);
    }
  }
  const v11 = v.fingerprint;
  if (v11 !== undefined && v11 !== null) {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["fingerprint"], "string", v11);
    } else if (v11.length > 5000 && tooLong(v11, 5000)) {
      ok = longFail(c, ["fingerprint"], 5000, v11);
    }
  }
  const v12 = v.future_requirements;
  if (v12 !== undefined && v12 !== null) {
    ok = into(
      c,
      checkExternalAccountRequirements,
      v12,
      ok,
      "future_requirements",
    );
  }
  const v13 = v.id;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["id"], v13, ok);
  } else {
    if (typeof v13 !== "string") {
      ok = wrongType(c, ["id"], "string", v13);
    } else if (v13.length > 5000 && tooLong(v13, 5000)) {
      ok = longFail(c, ["id"], 5000, v13);
    }
  }
  const v14 = v.last4;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["last4"], v14, ok);
  } else {
    if (typeof v14 !== "string") {
      ok = wrongType(c, ["last4"], "string", v14);
    } else if (v14.length > 5000 && tooLong(v14, 5000)) {
      ok = longFail(c, ["last4"], 5000, v14);
    }
  }
  const v15 = v.metadata;
  if (v15 !== undefined && v15 !== null) {
    if (!isObject(v15)) {
      ok = wrongType(c, ["metadata"], "object", v15);
    } else {
      for (const k0 of Object.keys(v15)) {
        const v16 = entry(v15, k0);
        if (typeof v16 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v16);
        } else if (v16.length > 500 && tooLong(v16, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v16);
        }
      }
    }
  }
  const v17 = v.object;
  if (v17 === undefined || v17 === null) {
    ok = missing(c, ["object"], v17, ok);
  } else {
    if (!e1.has(v17)) {
      ok = notInEnum(c, ["object"], e1, v17, ok);
    }
  }
  const v18 = v.requirements;
  if (v18 !== undefined && v18 !== null) {
    ok = into(c, checkExternalAccountRequirements, v18, ok, "requirements");
  }
  const v19 = v.routing_number;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 !== "string") {
      ok = wrongType(c, ["routing_number"], "string", v19);
    } else if (v19.length > 5000 && tooLong(v19, 5000)) {
      ok = longFail(c, ["routing_number"], 5000, v19);
    }
  }
  const v20 = v.status;
  if (v20 === undefined || v20 === null) {
    ok = missing(c, ["status"], v20, ok);
  } else {
    if (typeof v20 !== "string") {
      ok = wrongType(c, ["status"], "string", v20);
    } else if (v20.length > 5000 && tooLong(v20, 5000)) {
      ok = longFail(c, ["status"], 5000, v20);
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
  const v1 = v.account_holder_name;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.account_holder_type;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.account_type;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.available_payout_methods;
  if (v4 !== undefined && v4 !== null) {
    if (!isArray(v4)) return false;
    for (let i0 = 0; i0 < v4.length; i0++) {
      const v5 = v4[i0];
      if (!e0.has(v5)) return false;
    }
  }
  const v6 = v.bank_name;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.country;
  if (typeof v7 !== "string") return false;
  if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  const v8 = v.currency;
  if (typeof v8 !== "string") return false;
  const v9 = v.customer;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 === "string") {
      if (v9.length > 5000 && tooLong(v9, 5000)) return false;
    } else if (isObject(v9)) {
      if (!d1(v9, c)) return false;
    } else {
      return false;
    }
  }
  const v10 = v.default_for_currency;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "boolean") return false;
  }
  const v11 = v.fingerprint;
  if (v11 !== undefined && v11 !== null) {
    if (typeof v11 !== "string") return false;
    if (v11.length > 5000 && tooLong(v11, 5000)) return false;
  }
  const v12 = v.future_requirements;
  if (v12 !== undefined && v12 !== null) {
    if (!testExternalAccountRequirements(v12, c)) return false;
  }
  const v13 = v.id;
  if (typeof v13 !== "string") return false;
  if (v13.length > 5000 && tooLong(v13, 5000)) return false;
  const v14 = v.last4;
  if (typeof v14 !== "string") return false;
  if (v14.length > 5000 && tooLong(v14, 5000)) return false;
  const v15 = v.metadata;
  if (v15 !== undefined && v15 !== null) {
    if (!isObject(v15)) return false;
    for (const k2 of Object.keys(v15)) {
      const v16 = entry(v15, k2);
      if (typeof v16 !== "string") return false;
      if (v16.length > 500 && tooLong(v16, 500)) return false;
    }
  }
  const v17 = v.object;
  if (v17 !== "bank_account") return false;
  const v18 = v.requirements;
  if (v18 !== undefined && v18 !== null) {
    if (!testExternalAccountRequirements(v18, c)) return false;
  }
  const v19 = v.routing_number;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 !== "string") return false;
    if (v19.length > 5000 && tooLong(v19, 5000)) return false;
  }
  const v20 = v.status;
  if (typeof v20 !== "string") return false;
  if (v20.length > 5000 && tooLong(v20, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    account: opt(nul(union(str(), ref(Account)))),
    account_holder_name: opt(nul(str())),
    account_holder_type: opt(nul(str())),
    account_type: opt(nul(str())),
    available_payout_methods: opt(nul(list(oneOf(e0)))),
    bank_name: opt(nul(str())),
    country: req(str()),
    currency: req(str()),
    customer: opt(nul(union(str(), ref(Customer), ref(DeletedCustomer)))),
    default_for_currency: opt(nul(bool())),
    fingerprint: opt(nul(str())),
    future_requirements: opt(nul(ref(ExternalAccountRequirements))),
    id: req(str()),
    last4: req(str()),
    metadata: opt(nul(obj({}, str()))),
    object: req(oneOf(e1)),
    requirements: opt(nul(ref(ExternalAccountRequirements))),
    routing_number: opt(nul(str())),
    status: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "bank_account",
  branch: "bank_account",
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
  schema as BankAccount,
  validateInput as validateBankAccount,
  isValid as isBankAccount,
  check as checkBankAccount,
  test as testBankAccount,
};
