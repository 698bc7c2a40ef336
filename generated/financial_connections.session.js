import {
  deeper,
  enter,
  fail,
  full,
  into,
  isArray,
  isObject,
  longFail,
  missing,
  notInEnum,
  regex,
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
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  BankConnectionsResourceAccountholder,
  checkBankConnectionsResourceAccountholder,
  testBankConnectionsResourceAccountholder,
} from "./bank_connections_resource_accountholder.js";
import {
  BankConnectionsResourceLinkAccountSessionFilters,
  checkBankConnectionsResourceLinkAccountSessionFilters,
  testBankConnectionsResourceLinkAccountSessionFilters,
} from "./bank_connections_resource_link_account_session_filters.js";
import {
  FinancialConnectionsAccount,
  checkFinancialConnectionsAccount,
  testFinancialConnectionsAccount,
} from "./financial_connections.account.js";

const e0 = /* @__PURE__ */ set(["list"]);
const s0 = "^/v1/financial_connections/accounts";
const p0 = /* @__PURE__ */ regex(s0);
const k0 = /* @__PURE__ */ set(["data", "has_more", "object", "url"]);
const e1 = /* @__PURE__ */ set(["financial_connections.session"]);
const k1 = /* @__PURE__ */ set([
  "account_holder",
  "accounts",
  "client_secret",
  "filters",
  "id",
  "livemode",
  "object",
  "permissions",
  "prefetch",
  "return_url",
]);
const e2 = /* @__PURE__ */ set([
  "balances",
  "ownership",
  "payment_method",
  "transactions",
]);
const e3 = /* @__PURE__ */ set(["balances", "ownership"]);

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
  const v1 = v.accounts;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["accounts"], v1, ok);
  } else {
    if (!isObject(v1)) {
      ok = wrongType(c, ["accounts"], "object", v1);
    } else {
      const v2 = v1.data;
      if (v2 === undefined || v2 === null) {
        ok = missing(c, ["accounts", "data"], v2, ok);
      } else {
        if (!isArray(v2)) {
          ok = wrongType(c, ["accounts", "data"], "array", v2);
        } else {
          for (let i0 = 0; i0 < v2.length; i0++) {
            const v3 = v2[i0];
            ok = into(
              c,
              checkFinancialConnectionsAccount,
              v3,
              ok,
              "accounts",
              "data",
              i0,
            );
            if (!ok && full(c)) break;
          }
        }
      }
      const v4 = v1.has_more;
      if (v4 === undefined || v4 === null) {
        ok = missing(c, ["accounts", "has_more"], v4, ok);
      } else {
        if (typeof v4 !== "boolean") {
          ok = wrongType(c, ["accounts", "has_more"], "boolean", v4);
        }
      }
      const v5 = v1.object;
      if (v5 === undefined || v5 === null) {
        ok = missing(c, ["accounts", "object"], v5, ok);
      } else {
        if (!e0.has(v5)) {
          ok = notInEnum(c, ["accounts", "object"], e0, v5, ok);
        }
      }
      const v6 = v1.url;
      if (v6 === undefined || v6 === null) {
        ok = missing(c, ["accounts", "url"], v6, ok);
      } else {
        if (typeof v6 !== "string") {
          ok = wrongType(c, ["accounts", "url"], "string", v6);
        } else if (v6.length > 5000 && tooLong(v6, 5000)) {
          ok = longFail(c, ["accounts", "url"], 5000, v6);
        } else if (!p0.test(v6)) {
          ok = fail(c, "pattern", ["accounts", "url"], s0, v6);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["accounts"], v1, k0, ok);
      }
    }
  }
  const v7 = v.client_secret;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["client_secret"], v7, ok);
  } else {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["client_secret"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["client_secret"], 5000, v7);
    }
  }
  const v8 = v.filters;
  if (v8 !== undefined) {
    ok = into(
      c,
      checkBankConnectionsResourceLinkAccountSessionFilters,
      v8,
      ok,
      "filters",
    );
  }
  const v9 = v.id;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["id"], v9, ok);
  } else {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["id"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["id"], 5000, v9);
    }
  }
  const v10 = v.livemode;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["livemode"], v10, ok);
  } else {
    if (typeof v10 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v10);
    }
  }
  const v11 = v.object;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["object"], v11, ok);
  } else {
    if (!e1.has(v11)) {
      ok = notInEnum(c, ["object"], e1, v11, ok);
    }
  }
  const v12 = v.permissions;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["permissions"], v12, ok);
  } else {
    if (!isArray(v12)) {
      ok = wrongType(c, ["permissions"], "array", v12);
    } else {
      for (let i1 = 0; i1 < v12.length; i1++) {
        const v13 = v12[i1];
        if (typeof v13 !== "string") {
          ok = wrongType(c, ["permissions", i1], "string", v13);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v14 = v.prefetch;
  if (v14 !== undefined && v14 !== null) {
    if (!isArray(v14)) {
      ok = wrongType(c, ["prefetch"], "array", v14);
    } else {
      for (let i2 = 0; i2 < v14.length; i2++) {
        const v15 = v14[i2];
        if (typeof v15 !== "string") {
          ok = wrongType(c, ["prefetch", i2], "string", v15);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v16 = v.return_url;
  if (v16 !== undefined) {
    if (typeof v16 !== "string") {
      ok = wrongType(c, ["return_url"], "string", v16);
    } else if (v16.length > 5000 && tooLong(v16, 5000)) {
      ok = longFail(c, ["return_url"], 5000, v16);
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
  const v0 = v.account_holder;
  if (v0 !== undefined && v0 !== null) {
    if (!testBankConnectionsResourceAccountholder(v0, c)) return false;
  }
  const v1 = v.accounts;
  if (!isObject(v1)) return false;
  const v2 = v1.data;
  if (!isArray(v2)) return false;
  for (let i0 = 0; i0 < v2.length; i0++) {
    const v3 = v2[i0];
    if (!testFinancialConnectionsAccount(v3, c)) return false;
  }
  const v4 = v1.has_more;
  if (typeof v4 !== "boolean") return false;
  const v5 = v1.object;
  if (v5 !== "list") return false;
  const v6 = v1.url;
  if (typeof v6 !== "string") return false;
  if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  if (!p0.test(v6)) return false;
  const v7 = v.client_secret;
  if (typeof v7 !== "string") return false;
  if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  const v8 = v.filters;
  if (v8 !== undefined) {
    if (!testBankConnectionsResourceLinkAccountSessionFilters(v8, c))
      return false;
  }
  const v9 = v.id;
  if (typeof v9 !== "string") return false;
  if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  const v10 = v.livemode;
  if (typeof v10 !== "boolean") return false;
  const v11 = v.object;
  if (v11 !== "financial_connections.session") return false;
  const v12 = v.permissions;
  if (!isArray(v12)) return false;
  for (let i1 = 0; i1 < v12.length; i1++) {
    const v13 = v12[i1];
    if (typeof v13 !== "string") return false;
  }
  const v14 = v.prefetch;
  if (v14 !== undefined && v14 !== null) {
    if (!isArray(v14)) return false;
    for (let i2 = 0; i2 < v14.length; i2++) {
      const v15 = v14[i2];
      if (typeof v15 !== "string") return false;
    }
  }
  const v16 = v.return_url;
  if (v16 !== undefined) {
    if (typeof v16 !== "string") return false;
    if (v16.length > 5000 && tooLong(v16, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    account_holder: opt(nul(ref(BankConnectionsResourceAccountholder))),
    accounts: req(
      obj({
        data: req(list(ref(FinancialConnectionsAccount))),
        has_more: req(bool()),
        object: req(oneOf(e0)),
        url: req(str()),
      }),
    ),
    client_secret: req(str()),
    filters: opt(ref(BankConnectionsResourceLinkAccountSessionFilters)),
    id: req(str()),
    livemode: req(bool()),
    object: req(oneOf(e1)),
    permissions: req(list(oneOf(e2, true))),
    prefetch: opt(nul(list(oneOf(e3, true)))),
    return_url: opt(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "financial_connections.session",
  branch: "financial_connections.session",
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
  schema as FinancialConnectionsSession,
  validateInput as validateFinancialConnectionsSession,
  isValid as isFinancialConnectionsSession,
  check as checkFinancialConnectionsSession,
  test as testFinancialConnectionsSession,
};
