import {
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
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TreasuryFinancialAccountFeatures,
  checkTreasuryFinancialAccountFeatures,
  testTreasuryFinancialAccountFeatures,
} from "./treasury.financial_account_features.js";
import {
  TreasuryFinancialAccountsResourceBalance,
  checkTreasuryFinancialAccountsResourceBalance,
  testTreasuryFinancialAccountsResourceBalance,
} from "./treasury_financial_accounts_resource_balance.js";
import {
  TreasuryFinancialAccountsResourceFinancialAddress,
  checkTreasuryFinancialAccountsResourceFinancialAddress,
  testTreasuryFinancialAccountsResourceFinancialAddress,
} from "./treasury_financial_accounts_resource_financial_address.js";
import {
  TreasuryFinancialAccountsResourcePlatformRestrictions,
  checkTreasuryFinancialAccountsResourcePlatformRestrictions,
  testTreasuryFinancialAccountsResourcePlatformRestrictions,
} from "./treasury_financial_accounts_resource_platform_restrictions.js";
import {
  TreasuryFinancialAccountsResourceStatusDetails,
  checkTreasuryFinancialAccountsResourceStatusDetails,
  testTreasuryFinancialAccountsResourceStatusDetails,
} from "./treasury_financial_accounts_resource_status_details.js";

const e0 = /* @__PURE__ */ set(["treasury.financial_account"]);
const k1 = /* @__PURE__ */ set([
  "active_features",
  "balance",
  "country",
  "created",
  "features",
  "financial_addresses",
  "id",
  "livemode",
  "metadata",
  "object",
  "pending_features",
  "platform_restrictions",
  "restricted_features",
  "status",
  "status_details",
  "supported_currencies",
]);
const e1 = /* @__PURE__ */ set([
  "card_issuing",
  "deposit_insurance",
  "financial_addresses.aba",
  "inbound_transfers.ach",
  "intra_stripe_flows",
  "outbound_payments.ach",
  "outbound_payments.us_domestic_wire",
  "outbound_transfers.ach",
  "outbound_transfers.us_domestic_wire",
  "remote_deposit_capture",
]);
const e2 = /* @__PURE__ */ set(["closed", "open"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.active_features;
  if (v0 !== undefined) {
    if (!isArray(v0)) {
      ok = wrongType(c, ["active_features"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        if (typeof v1 !== "string") {
          ok = wrongType(c, ["active_features", i0], "string", v1);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.balance;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["balance"], v2, ok);
  } else {
    ok = into(
      c,
      checkTreasuryFinancialAccountsResourceBalance,
      v2,
      ok,
      "balance",
    );
  }
  const v3 = v.country;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["country"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["country"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["country"], 5000, v3);
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
  const v5 = v.features;
  if (v5 !== undefined) {
    ok = into(c, checkTreasuryFinancialAccountFeatures, v5, ok, "features");
  }
  const v6 = v.financial_addresses;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["financial_addresses"], v6, ok);
  } else {
    if (!isArray(v6)) {
      ok = wrongType(c, ["financial_addresses"], "array", v6);
    } else {
      for (let i1 = 0; i1 < v6.length; i1++) {
        const v7 = v6[i1];
        ok = into(
          c,
          checkTreasuryFinancialAccountsResourceFinancialAddress,
          v7,
          ok,
          "financial_addresses",
          i1,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v8 = v.id;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["id"], v8, ok);
  } else {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["id"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["id"], 5000, v8);
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
  const v10 = v.metadata;
  if (v10 !== undefined && v10 !== null) {
    if (!isObject(v10)) {
      ok = wrongType(c, ["metadata"], "object", v10);
    } else {
      for (const k0 of Object.keys(v10)) {
        const v11 = entry(v10, k0);
        if (typeof v11 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v11);
        } else if (v11.length > 500 && tooLong(v11, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v11);
        }
      }
    }
  }
  const v12 = v.object;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["object"], v12, ok);
  } else {
    if (!e0.has(v12)) {
      ok = notInEnum(c, ["object"], e0, v12, ok);
    }
  }
  const v13 = v.pending_features;
  if (v13 !== undefined) {
    if (!isArray(v13)) {
      ok = wrongType(c, ["pending_features"], "array", v13);
    } else {
      for (let i2 = 0; i2 < v13.length; i2++) {
        const v14 = v13[i2];
        if (typeof v14 !== "string") {
          ok = wrongType(c, ["pending_features", i2], "string", v14);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v15 = v.platform_restrictions;
  if (v15 !== undefined && v15 !== null) {
    ok = into(
      c,
      checkTreasuryFinancialAccountsResourcePlatformRestrictions,
      v15,
      ok,
      "platform_restrictions",
    );
  }
  const v16 = v.restricted_features;
  if (v16 !== undefined) {
    if (!isArray(v16)) {
      ok = wrongType(c, ["restricted_features"], "array", v16);
    } else {
      for (let i3 = 0; i3 < v16.length; i3++) {
        const v17 = v16[i3];
        if (typeof v17 !== "string") {
          ok = wrongType(c, ["restricted_features", i3], "string", v17);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v18 = v.status;
  if (v18 === undefined || v18 === null) {
    ok = missing(c, ["status"], v18, ok);
  } else {
    if (typeof v18 !== "string") {
      ok = wrongType(c, ["status"], "string", v18);
    }
  }
  const v19 = v.status_details;
  if (v19 === undefined || v19 === null) {
    ok = missing(c, ["status_details"], v19, ok);
  } else {
    ok = into(
      c,
      checkTreasuryFinancialAccountsResourceStatusDetails,
      v19,
      ok,
      "status_details",
    );
  }
  const v20 = v.supported_currencies;
  if (v20 === undefined || v20 === null) {
    ok = missing(c, ["supported_currencies"], v20, ok);
  } else {
    if (!isArray(v20)) {
      ok = wrongType(c, ["supported_currencies"], "array", v20);
    } else {
      for (let i4 = 0; i4 < v20.length; i4++) {
        const v21 = v20[i4];
        if (typeof v21 !== "string") {
          ok = wrongType(c, ["supported_currencies", i4], "string", v21);
        }
        if (!ok && full(c)) break;
      }
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
  const v0 = v.active_features;
  if (v0 !== undefined) {
    if (!isArray(v0)) return false;
    for (let i0 = 0; i0 < v0.length; i0++) {
      const v1 = v0[i0];
      if (typeof v1 !== "string") return false;
    }
  }
  const v2 = v.balance;
  if (!testTreasuryFinancialAccountsResourceBalance(v2, c)) return false;
  const v3 = v.country;
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  const v4 = v.created;
  if (!isInt(v4)) return false;
  const v5 = v.features;
  if (v5 !== undefined) {
    if (!testTreasuryFinancialAccountFeatures(v5, c)) return false;
  }
  const v6 = v.financial_addresses;
  if (!isArray(v6)) return false;
  for (let i1 = 0; i1 < v6.length; i1++) {
    const v7 = v6[i1];
    if (!testTreasuryFinancialAccountsResourceFinancialAddress(v7, c))
      return false;
  }
  const v8 = v.id;
  if (typeof v8 !== "string") return false;
  if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  const v9 = v.livemode;
  if (typeof v9 !== "boolean") return false;
  const v10 = v.metadata;
  if (v10 !== undefined && v10 !== null) {
    if (!isObject(v10)) return false;
    for (const k2 of Object.keys(v10)) {
      const v11 = entry(v10, k2);
      if (typeof v11 !== "string") return false;
      if (v11.length > 500 && tooLong(v11, 500)) return false;
    }
  }
  const v12 = v.object;
  if (v12 !== "treasury.financial_account") return false;
  const v13 = v.pending_features;
  if (v13 !== undefined) {
    if (!isArray(v13)) return false;
    for (let i2 = 0; i2 < v13.length; i2++) {
      const v14 = v13[i2];
      if (typeof v14 !== "string") return false;
    }
  }
  const v15 = v.platform_restrictions;
  if (v15 !== undefined && v15 !== null) {
    if (!testTreasuryFinancialAccountsResourcePlatformRestrictions(v15, c))
      return false;
  }
  const v16 = v.restricted_features;
  if (v16 !== undefined) {
    if (!isArray(v16)) return false;
    for (let i3 = 0; i3 < v16.length; i3++) {
      const v17 = v16[i3];
      if (typeof v17 !== "string") return false;
    }
  }
  const v18 = v.status;
  if (typeof v18 !== "string") return false;
  const v19 = v.status_details;
  if (!testTreasuryFinancialAccountsResourceStatusDetails(v19, c)) return false;
  const v20 = v.supported_currencies;
  if (!isArray(v20)) return false;
  for (let i4 = 0; i4 < v20.length; i4++) {
    const v21 = v20[i4];
    if (typeof v21 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    active_features: opt(list(oneOf(e1, true))),
    balance: req(ref(TreasuryFinancialAccountsResourceBalance)),
    country: req(str()),
    created: req(int("unix-time")),
    features: opt(ref(TreasuryFinancialAccountFeatures)),
    financial_addresses: req(
      list(ref(TreasuryFinancialAccountsResourceFinancialAddress)),
    ),
    id: req(str()),
    livemode: req(bool()),
    metadata: opt(nul(obj({}, str()))),
    object: req(oneOf(e0)),
    pending_features: opt(list(oneOf(e1, true))),
    platform_restrictions: opt(
      nul(ref(TreasuryFinancialAccountsResourcePlatformRestrictions)),
    ),
    restricted_features: opt(list(oneOf(e1, true))),
    status: req(oneOf(e2, true)),
    status_details: req(ref(TreasuryFinancialAccountsResourceStatusDetails)),
    supported_currencies: req(list(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury.financial_account",
  branch: "treasury.financial_account",
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
  schema as TreasuryFinancialAccount,
  validateInput as validateTreasuryFinancialAccount,
  isValid as isTreasuryFinancialAccount,
  check as checkTreasuryFinancialAccount,
  test as testTreasuryFinancialAccount,
};
