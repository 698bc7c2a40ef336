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
import {
  BankConnectionsResourceAccountholder,
  checkBankConnectionsResourceAccountholder,
  testBankConnectionsResourceAccountholder,
} from "./bank_connections_resource_accountholder.js";
import {
  BankConnectionsResourceBalance,
  checkBankConnectionsResourceBalance,
  testBankConnectionsResourceBalance,
} from "./bank_connections_resource_balance.js";
import {
  BankConnectionsResourceBalanceRefresh,
  checkBankConnectionsResourceBalanceRefresh,
  testBankConnectionsResourceBalanceRefresh,
} from "./bank_connections_resource_balance_refresh.js";
import {
  BankConnectionsResourceOwnershipRefresh,
  checkBankConnectionsResourceOwnershipRefresh,
  testBankConnectionsResourceOwnershipRefresh,
} from "./bank_connections_resource_ownership_refresh.js";
import {
  FinancialConnectionsAccountOwnership,
  checkFinancialConnectionsAccountOwnership,
  testFinancialConnectionsAccountOwnership,
} from "./financial_connections.account_ownership.js";

const e0 = /* @__PURE__ */ set(["cash", "credit", "investment", "other"]);
const e1 = /* @__PURE__ */ set(["financial_connections.account"]);
const e2 = /* @__PURE__ */ set([
  "balances",
  "ownership",
  "payment_method",
  "transactions",
]);
const e3 = /* @__PURE__ */ set(["active", "disconnected", "inactive"]);
const e4 = /* @__PURE__ */ set([
  "checking",
  "credit_card",
  "line_of_credit",
  "mortgage",
  "other",
  "savings",
]);
const e5 = /* @__PURE__ */ set(["link", "us_bank_account"]);
const k0 = /* @__PURE__ */ set([
  "account_holder",
  "balance",
  "balance_refresh",
  "category",
  "created",
  "display_name",
  "id",
  "institution_name",
  "last4",
  "livemode",
  "object",
  "ownership",
  "ownership_refresh",
  "permissions",
  "status",
  "subcategory",
  "supported_payment_method_types",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.account_holder;
  if (v0 !== undefined && v0 !== null) {
    ok = into(
      c,
      checkBankConnectionsResourceAccountholder,
      v0,
      ok,
      "account_holder",
    );
  }
  const v1 = v.balance;
  if (v1 !== undefined && v1 !== null) {
    ok = into(c, checkBankConnectionsResourceBalance, v1, ok, "balance");
  }
  const v2 = v.balance_refresh;
  if (v2 !== undefined && v2 !== null) {
    ok = into(
      c,
      checkBankConnectionsResourceBalanceRefresh,
      v2,
      ok,
      "balance_refresh",
    );
  }
  const v3 = v.category;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["category"], v3, ok);
  } else {
    if (!e0.has(v3)) {
      ok = notInEnum(c, ["category"], e0, v3, ok);
    }
  }
  const v4 = v.created;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["created"], v4, ok);
  } else {
    if (!isInt(v4)) {
      ok = wrongType(c, ["created"], "integer", v4);
    }
  }
  const v5 = v.display_name;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["display_name"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["display_name"], 5000, v5);
    }
  }
  const v6 = v.id;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["id"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["id"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["id"], 5000, v6);
    }
  }
  const v7 = v.institution_name;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["institution_name"], v7, ok);
  } else {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["institution_name"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["institution_name"], 5000, v7);
    }
  }
  const v8 = v.last4;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["last4"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["last4"], 5000, v8);
    }
  }
  const v9 = v.livemode;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["livemode"], v9, ok);
  } else {
    if (typeof v9 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v9);
    }
  }
  const v10 = v.object;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["object"], v10, ok);
  } else {
    if (!e1.has(v10)) {
      ok = notInEnum(c, ["object"], e1, v10, ok);
    }
  }
  const v11 = v.ownership;
  if (v11 !== undefined && v11 !== null) {
    if (typeof v11 === "string") {
      if (v11.length > 5000 && tooLong(v11, 5000)) {
        ok = longFail(c, ["ownership"], 5000, v11);
      }
    } else if (isObject(v11)) {
      ok = into(
        c,
        checkFinancialConnectionsAccountOwnership,
        v11,
        ok,
        "ownership",
      );
    } else {
      ok = wrongType(c, ["ownership"], "string | object", v11);
    }
  }
  const v12 = v.ownership_refresh;
  if (v12 !== undefined && v12 !== null) {
    ok = into(
      c,
      checkBankConnectionsResourceOwnershipRefresh,
      v12,
      ok,
      "ownership_refresh",
    );
  }
  const v13 = v.permissions;
  if (v13 !== undefined && v13 !== null) {
    if (!isArray(v13)) {
      ok = wrongType(c, ["permissions"], "array", v13);
    } else {
      for (let i0 = 0; i0 < v13.length; i0++) {
        const v14 = v13[i0];
        if (!e2.has(v14)) {
          ok = notInEnum(c, ["permissions", i0], e2, v14, ok);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v15 = v.status;
  if (v15 === undefined || v15 === null) {
    ok = missing(c, ["status"], v15, ok);
  } else {
    if (!e3.has(v15)) {
      ok = notInEnum(c, ["status"], e3, v15, ok);
    }
  }
  const v16 = v.subcategory;
  if (v16 === undefined || v16 === null) {
    ok = missing(c, ["subcategory"], v16, ok);
  } else {
    if (!e4.has(v16)) {
      ok = notInEnum(c, ["subcategory"], e4, v16, ok);
    }
  }
  const v17 = v.supported_payment_method_types;
  if (v17 === undefined || v17 === null) {
    ok = missing(c, ["supported_payment_method_types"], v17, ok);
  } else {
    if (!isArray(v17)) {
      ok = wrongType(c, ["supported_payment_method_types"], "array", v17);
    } else {
      for (let i1 = 0; i1 < v17.length; i1++) {
        const v18 = v17[i1];
        if (!e5.has(v18)) {
          ok = notInEnum(
            c,
            ["supported_payment_method_types", i1],
            e5,
            v18,
            ok,
          );
        }
        if (!ok && full(c)) break;
      }
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
  const v0 = v.account_holder;
  if (v0 !== undefined && v0 !== null) {
    if (!testBankConnectionsResourceAccountholder(v0, c)) return false;
  }
  const v1 = v.balance;
  if (v1 !== undefined && v1 !== null) {
    if (!testBankConnectionsResourceBalance(v1, c)) return false;
  }
  const v2 = v.balance_refresh;
  if (v2 !== undefined && v2 !== null) {
    if (!testBankConnectionsResourceBalanceRefresh(v2, c)) return false;
  }
  const v3 = v.category;
  if (!e0.has(v3)) return false;
  const v4 = v.created;
  if (!isInt(v4)) return false;
  const v5 = v.display_name;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.id;
  if (typeof v6 !== "string") return false;
  if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  const v7 = v.institution_name;
  if (typeof v7 !== "string") return false;
  if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  const v8 = v.last4;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  const v9 = v.livemode;
  if (typeof v9 !== "boolean") return false;
  const v10 = v.object;
  if (v10 !== "financial_connections.account") return false;
  const v11 = v.ownership;
  if (v11 !== undefined && v11 !== null) {
    if (typeof v11 === "string") {
      if (v11.length > 5000 && tooLong(v11, 5000)) return false;
    } else if (isObject(v11)) {
      if (!testFinancialConnectionsAccountOwnership(v11, c)) return false;
    } else {
      return false;
    }
  }
  const v12 = v.ownership_refresh;
  if (v12 !== undefined && v12 !== null) {
    if (!testBankConnectionsResourceOwnershipRefresh(v12, c)) return false;
  }
  const v13 = v.permissions;
  if (v13 !== undefined && v13 !== null) {
    if (!isArray(v13)) return false;
    for (let i0 = 0; i0 < v13.length; i0++) {
      const v14 = v13[i0];
      if (!e2.has(v14)) return false;
    }
  }
  const v15 = v.status;
  if (!e3.has(v15)) return false;
  const v16 = v.subcategory;
  if (!e4.has(v16)) return false;
  const v17 = v.supported_payment_method_types;
  if (!isArray(v17)) return false;
  for (let i1 = 0; i1 < v17.length; i1++) {
    const v18 = v17[i1];
    if (!e5.has(v18)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    account_holder: opt(nul(ref(BankConnectionsResourceAccountholder))),
    balance: opt(nul(ref(BankConnectionsResourceBalance))),
    balance_refresh: opt(nul(ref(BankConnectionsResourceBalanceRefresh))),
    category: req(oneOf(e0)),
    created: req(int("unix-time")),
    display_name: opt(nul(str())),
    id: req(str()),
    institution_name: req(str()),
    last4: opt(nul(str())),
    livemode: req(bool()),
    object: req(oneOf(e1)),
    ownership: opt(
      nul(union(str(), ref(FinancialConnectionsAccountOwnership))),
    ),
    ownership_refresh: opt(nul(ref(BankConnectionsResourceOwnershipRefresh))),
    permissions: opt(nul(list(oneOf(e2)))),
    status: req(oneOf(e3)),
    subcategory: req(oneOf(e4)),
    supported_payment_method_types: req(list(oneOf(e5))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "financial_connections.account",
  branch: "financial_connections.account",
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
  schema as FinancialConnectionsAccount,
  validateInput as validateFinancialConnectionsAccount,
  isValid as isFinancialConnectionsAccount,
  check as checkFinancialConnectionsAccount,
  test as testFinancialConnectionsAccount,
};
