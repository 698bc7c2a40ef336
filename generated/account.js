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
import {
  AccountBusinessProfile,
  checkAccountBusinessProfile,
  testAccountBusinessProfile,
} from "./account_business_profile.js";
import {
  AccountCapabilities,
  checkAccountCapabilities,
  testAccountCapabilities,
} from "./account_capabilities.js";
import {
  AccountFutureRequirements,
  checkAccountFutureRequirements,
  testAccountFutureRequirements,
} from "./account_future_requirements.js";
import {
  AccountRequirements,
  checkAccountRequirements,
  testAccountRequirements,
} from "./account_requirements.js";
import {
  AccountSettings,
  checkAccountSettings,
  testAccountSettings,
} from "./account_settings.js";
import {
  AccountTosAcceptance,
  checkAccountTosAcceptance,
  testAccountTosAcceptance,
} from "./account_tos_acceptance.js";
import {
  AccountUnificationAccountController,
  checkAccountUnificationAccountController,
  testAccountUnificationAccountController,
} from "./account_unification_account_controller.js";
import {
  BankAccount,
  checkBankAccount,
  testBankAccount,
} from "./bank_account.js";
import { Card, checkCard, testCard } from "./card.js";
import {
  LegalEntityCompany,
  checkLegalEntityCompany,
  testLegalEntityCompany,
} from "./legal_entity_company.js";
import { Person, checkPerson, testPerson } from "./person.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["bank_account", checkBankAccount, "bank_account"],
  ["card", checkCard, "card"],
]);
const e0 = /* @__PURE__ */ set(["list"]);
const k0 = /* @__PURE__ */ set(["data", "has_more", "object", "url"]);
const e1 = /* @__PURE__ */ set(["account"]);
const e2 = /* @__PURE__ */ set(["custom", "express", "standard"]);
const k2 = /* @__PURE__ */ set([
  "business_profile",
  "business_type",
  "capabilities",
  "charges_enabled",
  "company",
  "controller",
  "country",
  "created",
  "default_currency",
  "details_submitted",
  "email",
  "external_accounts",
  "future_requirements",
  "id",
  "individual",
  "metadata",
  "object",
  "payouts_enabled",
  "requirements",
  "settings",
  "tos_acceptance",
  "type",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testBankAccount, "bank_account"],
  [testCard, "card"],
]);
const e3 = /* @__PURE__ */ set([
  "company",
  "government_entity",
  "individual",
  "non_profit",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.business_profile;
  if (v0 !== undefined && v0 !== null) {
    ok = into(c, checkAccountBusinessProfile, v0, ok, "business_profile");
  }
  const v1 = v.business_type;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["business_type"], "string", v1);
    }
  }
  const v2 = v.capabilities;
  if (v2 !== undefined) {
    ok = into(c, checkAccountCapabilities, v2, ok, "capabilities");
  }
  const v3 = v.charges_enabled;
  if (v3 !== undefined) {
    if (typeof v3 !== "boolean") {
      ok = wrongType(c, ["charges_enabled"], "boolean", v3);
    }
  }
  const v4 = v.company;
  if (v4 !== undefined) {
    ok = into(c, checkLegalEntityCompany, v4, ok, "company");
  }
  const v5 = v.controller;
  if (v5 !== undefined) {
    ok = into(
      c,
      checkAccountUnificationAccountController,
      v5,
      ok,
      "controller",
    );
  }
  const v6 = v.country;
  if (v6 !== undefined) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["country"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["country"], 5000, v6);
    }
  }
  const v7 = v.created;
  if (v7 !== undefined) {
    if (!isInt(v7)) {
      ok = wrongType(c, ["created"], "integer", v7);
    }
  }
  const v8 = v.default_currency;
  if (v8 !== undefined) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["default_currency"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["default_currency"], 5000, v8);
    }
  }
  const v9 = v.details_submitted;
  if (v9 !== undefined) {
    if (typeof v9 !== "boolean") {
      ok = wrongType(c, ["details_submitted"], "boolean", v9);
    }
  }
  const v10 = v.email;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "string") {
      ok = wrongType(c, ["email"], "string", v10);
    } else if (v10.length > 5000 && tooLong(v10, 5000)) {
      ok = longFail(c, ["email"], 5000, v10);
    }
  }
  const v11 = v.external_accounts;
  if (v11 !== undefined) {
    if (!isObject(v11)) {
      ok = wrongType(c, ["external_accounts"], "object", v11);
    } else {
      const v12 = v11.data;
      if (v12 === undefined || v12 === null) {
        ok = missing(c, ["external_accounts", "data"], v12, ok);
      } else {
        if (!isArray(v12)) {
          ok = wrongType(c, ["external_accounts", "data"], "array", v12);
        } else {
          for (let i0 = 0; i0 < v12.length; i0++) {
            const v13 = v12[i0];
            if (isObject(v13)) {
              ok = into(c, d0, v13, ok, "external_accounts", "data", i0);
            } else {
              ok = wrongType(
                c,
                ["external_accounts", "data", i0],
                "object",
                v13,
              );
            }
            if (!ok && full(c)) break;
          }
        }
      }
      const v14 = v11.has_more;
      if (v14 === undefined || v14 === null) {
        ok = missing(c, ["external_accounts", "has_more"], v14, ok);
      } else {
        if (typeof v14 !== "boolean") {
          ok = wrongType(c, ["external_accounts", "has_more"], "boolean", v14);
        }
      }
      const v15 = v11.object;
      if (v15 === undefined || v15 === null) {
        ok = missing(c, ["external_accounts", "object"], v15, ok);
      } else {
        if (!e0.has(v15)) {
          ok = notInEnum(c, ["external_accounts", "object"], e0, v15, ok);
        }
      }
      const v16 = v11.url;
      if (v16 === undefined || v16 === null) {
        ok = missing(c, ["external_accounts", "url"], v16, ok);
      } else {
        if (typeof v16 !== "string") {
          ok = wrongType(c, ["external_accounts", "url"], "string", v16);
        } else if (v16.length > 5000 && tooLong(v16, 5000)) {
          ok = longFail(c, ["external_accounts", "url"], 5000, v16);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["external_accounts"], v11, k0, ok);
      }
    }
  }
  const v17 = v.future_requirements;
  if (v17 !== undefined) {
    ok = into(
      c,
      checkAccountFutureRequirements,
      v17,
      ok,
      "future_requirements",
    );
  }
  const v18 = v.id;
  if (v18 === undefined || v18 === null) {
    ok = missing(c, ["id"], v18, ok);
  } else {
    if (typeof v18 !== "string") {
      ok = wrongType(c, ["id"], "string", v18);
    } else if (v18.length > 5000 && tooLong(v18, 5000)) {
      ok = longFail(c, ["id"], 5000, v18);
    }
  }
  const v19 = v.individual;
  if (v19 !== undefined) {
    ok = into(c, checkPerson, v19, ok, "individual");
  }
  const v20 = v.metadata;
  if (v20 !== undefined) {
    if (!isObject(v20)) {
      ok = wrongType(c, ["metadata"], "object", v20);
    } else {
      for (const k1 of Object.keys(v20)) {
        const v21 = entry(v20, k1);
        if (typeof v21 !== "string") {
          ok = wrongType(c, ["metadata", k1], "string", v21);
        } else if (v21.length > 500 && tooLong(v21, 500)) {
          ok = longFail(c, ["metadata", k1], 500, v21);
        }
      }
    }
  }
  const v22 = v.object;
  if (v22 === undefined || v22 === null) {
    ok = missing(c, ["object"], v22, ok);
  } else {
    if (!e1.has(v22)) {
      ok = notInEnum(c, ["object"], e1, v22, ok);
    }
  }
  const v23 = v.payouts_enabled;
  if (v23 !== undefined) {
    if (typeof v23 !== "boolean") {
      ok = wrongType(c, ["payouts_enabled"], "boolean", v23);
    }
  }
  const v24 = v.requirements;
  if (v24 !== undefined) {
    ok = into(c, checkAccountRequirements, v24, ok, "requirements");
  }
  const v25 = v.settings;
  if (v25 !== undefined && v25 !== null) {
    ok = into(c, checkAccountSettings, v25, ok, "settings");
  }
  const v26 = v.tos_acceptance;
  if (v26 !== undefined) {
    ok = into(c, checkAccountTosAcceptance, v26, ok, "tos_acceptance");
  }
  const v27 = v.type;
  if (v27 !== undefined) {
    if (!e2.has(v27)) {
      ok = notInEnum(c, ["type"], e2, v27, ok);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k2, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.business_profile;
  if (v0 !== undefined && v0 !== null) {
    if (!testAccountBusinessProfile(v0, c)) return false;
  }
  const v1 = v.business_type;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v.capabilities;
  if (v2 !== undefined) {
    if (!testAccountCapabilities(v2, c)) return false;
  }
  const v3 = v.charges_enabled;
  if (v3 !== undefined) {
    if (typeof v3 !== "boolean") return false;
  }
  const v4 = v.company;
  if (v4 !== undefined) {
    if (!testLegalEntityCompany(v4, c)) return false;
  }
  const v5 = v.controller;
  if (v5 !== undefined) {
    if (!testAccountUnificationAccountController(v5, c)) return false;
  }
  const v6 = v.country;
  if (v6 !== undefined) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.created;
  if (v7 !== undefined) {
    if (!isInt(v7)) return false;
  }
  const v8 = v.default_currency;
  if (v8 !== undefined) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  const v9 = v.details_submitted;
  if (v9 !== undefined) {
    if (typeof v9 !== "boolean") return false;
  }
  const v10 = v.email;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "string") return false;
    if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  }
  const v11 = v.external_accounts;
  if (v11 !== undefined) {
    if (!isObject(v11)) return false;
    const v12 = v11.data;
    if (!isArray(v12)) return false;
    for (let i0 = 0; i0 < v12.length; i0++) {
      const v13 = v12[i0];
      if (isObject(v13)) {
        if (!d1(v13, c)) return false;
      } else {
        return false;
      }
    }
    const v14 = v11.has_more;
    if (typeof v14 !== "boolean") return false;
    const v15 = v11.object;
    if (v15 !== "list") return false;
    const v16 = v11.url;
    if (typeof v16 !== "string") return false;
    if (v16.length > 5000 && tooLong(v16, 5000)) return false;
  }
  const v17 = v.future_requirements;
  if (v17 !== undefined) {
    if (!testAccountFutureRequirements(v17, c)) return false;
  }
  const v18 = v.id;
  if (typeof v18 !== "string") return false;
  if (v18.length > 5000 && tooLong(v18, 5000)) return false;
  const v19 = v.individual;
  if (v19 !== undefined) {
    if (!testPerson(v19, c)) return false;
  }
  const v20 = v.metadata;
  if (v20 !== undefined) {
    if (!isObject(v20)) return false;
    for (const k3 of Object.keys(v20)) {
      const v21 = entry(v20, k3);
      if (typeof v21 !== "string") return false;
      if (v21.length > 500 && tooLong(v21, 500)) return false;
    }
  }
  const v22 = v.object;
  if (v22 !== "account") return false;
  const v23 = v.payouts_enabled;
  if (v23 !== undefined) {
    if (typeof v23 !== "boolean") return false;
  }
  const v24 = v.requirements;
  if (v24 !== undefined) {
    if (!testAccountRequirements(v24, c)) return false;
  }
  const v25 = v.settings;
  if (v25 !== undefined && v25 !== null) {
    if (!testAccountSettings(v25, c)) return false;
  }
  const v26 = v.tos_acceptance;
  if (v26 !== undefined) {
    if (!testAccountTosAcceptance(v26, c)) return false;
  }
  const v27 = v.type;
  if (v27 !== undefined) {
    if (!e2.has(v27)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    business_profile: opt(nul(ref(AccountBusinessProfile))),
    business_type: opt(nul(oneOf(e3, true))),
    capabilities: opt(ref(AccountCapabilities)),
    charges_enabled: opt(bool()),
    company: opt(ref(LegalEntityCompany)),
    controller: opt(ref(AccountUnificationAccountController)),
    country: opt(str()),
    created: opt(int("unix-time")),
    default_currency: opt(str()),
    details_submitted: opt(bool()),
    email: opt(nul(str())),
    external_accounts: opt(
      obj({
        data: req(list(union(ref(BankAccount), ref(Card)))),
        has_more: req(bool()),
        object: req(oneOf(e0)),
        url: req(str()),
      }),
    ),
    future_requirements: opt(ref(AccountFutureRequirements)),
    id: req(str()),
    individual: opt(ref(Person)),
    metadata: opt(obj({}, str())),
    object: req(oneOf(e1)),
    payouts_enabled: opt(bool()),
    requirements: opt(ref(AccountRequirements)),
    settings: opt(nul(ref(AccountSettings))),
    tos_acceptance: opt(ref(AccountTosAcceptance)),
    type: opt(oneOf(e2)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "account",
  branch: "account",
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
  schema as Account,
  validateInput as validateAccount,
  isValid as isAccount,
  check as checkAccount,
  test as testAccount,
};
