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
import { Address, checkAddress, testAddress } from "./address.js";
import {
  BankAccount,
  checkBankAccount,
  testBankAccount,
} from "./bank_account.js";
import { Card, checkCard, testCard } from "./card.js";
import {
  CashBalance,
  checkCashBalance,
  testCashBalance,
} from "./cash_balance.js";
import {
  CustomerTax,
  checkCustomerTax,
  testCustomerTax,
} from "./customer_tax.js";
import { Discount, checkDiscount, testDiscount } from "./discount.js";
import {
  InvoiceSettingCustomerSetting,
  checkInvoiceSettingCustomerSetting,
  testInvoiceSettingCustomerSetting,
} from "./invoice_setting_customer_setting.js";
import { Shipping, checkShipping, testShipping } from "./shipping.js";
import { Source, checkSource, testSource } from "./source.js";
import {
  Subscription,
  checkSubscription,
  testSubscription,
} from "./subscription.js";
import { TaxId, checkTaxId, testTaxId } from "./tax_id.js";
import {
  TestHelpersTestClock,
  checkTestHelpersTestClock,
  testTestHelpersTestClock,
} from "./test_helpers.test_clock.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["bank_account", checkBankAccount, "bank_account"],
  ["card", checkCard, "card"],
  ["source", checkSource, "source"],
]);
const e0 = /* @__PURE__ */ set(["customer"]);
const e1 = /* @__PURE__ */ set(["list"]);
const k2 = /* @__PURE__ */ set(["data", "has_more", "object", "url"]);
const e2 = /* @__PURE__ */ set(["exempt", "none", "reverse"]);
const k3 = /* @__PURE__ */ set([
  "address",
  "balance",
  "cash_balance",
  "created",
  "currency",
  "default_source",
  "delinquent",
  "description",
  "discount",
  "email",
  "id",
  "invoice_credit_balance",
  "invoice_prefix",
  "invoice_settings",
  "livemode",
  "metadata",
  "name",
  "next_invoice_sequence",
  "object",
  "phone",
  "preferred_locales",
  "shipping",
  "sources",
  "subscriptions",
  "tax",
  "tax_exempt",
  "tax_ids",
  "test_clock",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testBankAccount, "bank_account"],
  [testCard, "card"],
  [testSource, "source"],
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.address;
  if (v0 !== undefined && v0 !== null) {
    ok = into(c, checkAddress, v0, ok, "address");
  }
  const v1 = v.balance;
  if (v1 !== undefined) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["balance"], "integer", v1);
    }
  }
  const v2 = v.cash_balance;
  if (v2 !== undefined && v2 !== null) {
    ok = into(c, checkCashBalance, v2, ok, "cash_balance");
  }
  const v3 = v.created;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["created"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["created"], "integer", v3);
    }
  }
  const v4 = v.currency;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["currency"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["currency"], 5000, v4);
    }
  }
  const v5 = v.default_source;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 === "string") {
      if (v5.length > 5000 && tooLong(v5, 5000)) {
        ok = longFail(c, ["default_source"], 5000, v5);
      }
    } else if (isObject(v5)) {
      ok = into(c, d0, v5, ok, "default_source");
    } else {
      ok = wrongType(c, ["default_source"], "string | object", v5);
    }
  }
  const v6 = v.delinquent;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "boolean") {
      ok = wrongType(c, ["delinquent"], "boolean", v6);
    }
  }
  const v7 = v.description;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["description"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["description"], 5000, v7);
    }
  }
  const v8 = v.discount;
  if (v8 !== undefined && v8 !== null) {
    ok = into(c, checkDiscount, v8, ok, "discount");
  }
  const v9 = v.email;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["email"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["email"], 5000, v9);
    }
  }
  const v10 = v.id;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["id"], v10, ok);
  } else {
    if (typeof v10 !== "string") {
      ok = wrongType(c, ["id"], "string", v10);
    } else if (v10.length > 5000 && tooLong(v10, 5000)) {
      ok = longFail(c, ["id"], 5000, v10);
    }
  }
  const v11 = v.invoice_credit_balance;
  if (v11 !== undefined) {
    if (!isObject(v11)) {
      ok = wrongType(c, ["invoice_credit_balance"], "object", v11);
    } else {
      for (const k0 of Object.keys(v11)) {
        const v12 = entry(v11, k0);
        if (!isInt(v12)) {
          ok = wrongType(c, ["invoice_credit_balance", k0], "integer", v12);
        }
      }
    }
  }
  const v13 = v.invoice_prefix;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") {
      ok = wrongType(c, ["invoice_prefix"], "string", v13);
    } else if (v13.length > 5000 && tooLong(v13, 5000)) {
      ok = longFail(c, ["invoice_prefix"], 5000, v13);
    }
  }
  const v14 = v.invoice_settings;
  if (v14 !== undefined) {
    ok = into(
      c,
      checkInvoiceSettingCustomerSetting,
      v14,
      ok,
      "invoice_settings",
    );
  }
  const v15 = v.livemode;
  if (v15 === undefined || v15 === null) {
    ok = missing(c, ["livemode"], v15, ok);
  } else {
    if (typeof v15 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v15);
    }
  }
  const v16 = v.metadata;
  if (v16 !== undefined) {
    if (!isObject(v16)) {
      ok = wrongType(c, ["metadata"], "object", v16);
    } else {
      for (const k1 of Object.keys(v16)) {
        const v17 = entry(v16, k1);
        if (typeof v17 !== "string") {
          ok = wrongType(c, ["metadata", k1], "string", v17);
        } else if (v17.length > 500 && tooLong(v17, 500)) {
          ok = longFail(c, ["metadata", k1], 500, v17);
        }
      }
    }
  }
  const v18 = v.name;
  if (v18 !== undefined && v18 !== null) {
    if (typeof v18 !== "string") {
      ok = wrongType(c, ["name"], "string", v18);
    } else if (v18.length > 5000 && tooLong(v18, 5000)) {
      ok = longFail(c, ["name"], 5000, v18);
    }
  }
  const v19 = v.next_invoice_sequence;
  if (v19 !== undefined) {
    if (!isInt(v19)) {
      ok = wrongType(c, ["next_invoice_sequence"], "integer", v19);
    }
  }
  const v20 = v.object;
  if (v20 === undefined || v20 === null) {
    ok = missing(c, ["object"], v20, ok);
  } else {
    if (!e0.has(v20)) {
      ok = notInEnum(c, ["object"], e0, v20, ok);
    }
  }
  const v21 = v.phone;
  if (v21 !== undefined && v21 !== null) {
    if (typeof v21 !== "string") {
      ok = wrongType(c, ["phone"], "string", v21);
    } else if (v21.length > 5000 && tooLong(v21, 5000)) {
      ok = longFail(c, ["phone"], 5000, v21);
    }
  }
  const v22 = v.preferred_locales;
  if (v22 !== undefined && v22 !== null) {
    if (!isArray(v22)) {
      ok = wrongType(c, ["preferred_locales"], "array", v22);
    } else {
      for (let i0 = 0; i0 < v22.length; i0++) {
        const v23 = v22[i0];
        if (typeof v23 !== "string") {
          ok = wrongType(c, ["preferred_locales", i0], "string", v23);
        } else if (v23.length > 5000 && tooLong(v23, 5000)) {
          ok = longFail(c, ["preferred_locales", i0], 5000, v23);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v24 = v.shipping;
  if (v24 !== undefined && v24 !== null) {
    ok = into(c, checkShipping, v24, ok, "shipping");
  }
  const v25 = v.sources;
  if (v25 !== undefined) {
    if (!isObject(v25)) {
      ok = wrongType(c, ["sources"], "object", v25);
    } else {
      const v26 = v25.data;
      if (v26 === undefined || v26 === null) {
        ok = missing(c, ["sources", "data"], v26, ok);
      } else {
        if (!isArray(v26)) {
          ok = wrongType(c, ["sources", "data"], "array", v26);
        } else {
          for (let i1 = 0; i1 < v26.length; i1++) {
            const v27 = v26[i1];
            if (isObject(v27)) {
              ok = into(c, d0, v27, ok, "sources", "data", i1);
            } else {
              ok = wrongType(c, ["sources", "data", i1], "object", v27);
            }
            if (!ok && full(c)) break;
          }
        }
      }
      const v28 = v25.has_more;
      if (v28 === undefined || v28 === null) {
        ok = missing(c, ["sources", "has_more"], v28, ok);
      } else {
        if (typeof v28 !== "boolean") {
          ok = wrongType(c, ["sources", "has_more"], "boolean", v28);
        }
      }
      const v29 = v25.object;
      if (v29 === undefined || v29 === null) {
        ok = missing(c, ["sources", "object"], v29, ok);
      } else {
        if (!e1.has(v29)) {
          ok = notInEnum(c, ["sources", "object"], e1, v29, ok);
        }
      }
      const v30 = v25.url;
      if (v30 === undefined || v30 === null) {
        ok = missing(c, ["sources", "url"], v30, ok);
      } else {
        if (typeof v30 !== "string") {
          ok = wrongType(c, ["sources", "url"], "string", v30);
        } else if (v30.length > 5000 && tooLong(v30, 5000)) {
          ok = longFail(c, ["sources", "url"], 5000, v30);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["sources"], v25, k2, ok);
      }
    }
  }
  const v31 = v.subscriptions;
  if (v31 !== undefined) {
    if (!isObject(v31)) {
      ok = wrongType(c, ["subscriptions"], "object", v31);
    } else {
      const v32 = v31.data;
      if (v32 === undefined || v32 === null) {
        ok = missing(c, ["subscriptions", "data"], v32, ok);
      } else {
        if (!isArray(v32)) {
          ok = wrongType(c, ["subscriptions", "data"], "array", v32);
        } else {
          for (let i2 = 0; i2 < v32.length; i2++) {
            const v33 = v32[i2];
            ok = into(
              c,
              checkSubscription,
              v33,
              ok,
              "subscriptions",
              "data",
              i2,
            );
            if (!ok && full(c)) break;
          }
        }
      }
      const v34 = v31.has_more;
      if (v34 === undefined || v34 === null) {
        ok = missing(c, ["subscriptions", "has_more"], v34, ok);
      } else {
        if (typeof v34 !== "boolean") {
          ok = wrongType(c, ["subscriptions", "has_more"], "boolean", v34);
        }
      }
      const v35 = v31.object;
      if (v35 === undefined || v35 === null) {
        ok = missing(c, ["subscriptions", "object"], v35, ok);
      } else {
        if (!e1.has(v35)) {
          ok = notInEnum(c, ["subscriptions", "object"], e1, v35, ok);
        }
      }
      const v36 = v31.url;
      if (v36 === undefined || v36 === null) {
        ok = missing(c, ["subscriptions", "url"], v36, ok);
      } else {
        if (typeof v36 !== "string") {
          ok = wrongType(c, ["subscriptions", "url"], "string", v36);
        } else if (v36.length > 5000 && tooLong(v36, 5000)) {
          ok = longFail(c, ["subscriptions", "url"], 5000, v36);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["subscriptions"], v31, k2, ok);
      }
    }
  }
  const v37 = v.tax;
  if (v37 !== undefined) {
    ok = into(c, checkCustomerTax, v37, ok, "tax");
  }
  const v38 = v.tax_exempt;
  if (v38 !== undefined && v38 !== null) {
    if (!e2.has(v38)) {
      ok = notInEnum(c, ["tax_exempt"], e2, v38, ok);
    }
  }
  const v39 = v.tax_ids;
  if (v39 !== undefined) {
    if (!isObject(v39)) {
      ok = wrongType(c, ["tax_ids"], "object", v39);
    } else {
      const v40 = v39.data;
      if (v40 === undefined || v40 === null) {
        ok = missing(c, ["tax_ids", "data"], v40, ok);
      } else {
        if (!isArray(v40)) {
          ok = wrongType(c, ["tax_ids", "data"], "array", v40);
        } else {
          for (let i3 = 0; i3 < v40.length; i3++) {
            const v41 = v40[i3];
            ok = into(c, checkTaxId, v41, ok, "tax_ids", "data", i3);
            if (!ok && full(c)) break;
          }
        }
      }
      const v42 = v39.has_more;
      if (v42 === undefined || v42 === null) {
        ok = missing(c, ["tax_ids", "has_more"], v42, ok);
      } else {
        if (typeof v42 !== "boolean") {
          ok = wrongType(c, ["tax_ids", "has_more"], "boolean", v42);
        }
      }
      const v43 = v39.object;
      if (v43 === undefined || v43 === null) {
        ok = missing(c, ["tax_ids", "object"], v43, ok);
      } else {
        if (!e1.has(v43)) {
          ok = notInEnum(c, ["tax_ids", "object"], e1, v43, ok);
        }
      }
      const v44 = v39.url;
      if (v44 === undefined || v44 === null) {
        ok = missing(c, ["tax_ids", "url"], v44, ok);
      } else {
        if (typeof v44 !== "string") {
          ok = wrongType(c, ["tax_ids", "url"], "string", v44);
        } else if (v44.length > 5000 && tooLong(v44, 5000)) {
          ok = longFail(c, ["tax_ids", "url"], 5000, v44);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["tax_ids"], v39, k2, ok);
      }
    }
  }
  const v45 = v.test_clock;
  if (v45 !== undefined && v45 !== null) {
    if (typeof v45 === "string") {
      if (v45.length > 5000 && tooLong(v45, 5000)) {
        ok = longFail(c, ["test_clock"], 5000, v45);
      }
    } else if (isObject(v45)) {
      ok = into(c, checkTestHelpersTestClock, v45, ok, "test_clock");
    } else {
      ok = wrongType(c, ["test_clock"], "string | object", v45);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k3, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.address;
  if (v0 !== undefined && v0 !== null) {
    if (!testAddress(v0, c)) return false;
  }
  const v1 = v.balance;
  if (v1 !== undefined) {
    if (!isInt(v1)) return false;
  }
  const v2 = v.cash_balance;
  if (v2 !== undefined && v2 !== null) {
    if (!testCashBalance(v2, c)) return false;
  }
  const v3 = v.created;
  if (!isInt(v3)) return false;
  const v4 = v.currency;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.default_source;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 === "string") {
      if (v5.length > 5000 && tooLong(v5, 5000)) return false;
    } else if (isObject(v5)) {
      if (!d1(v5, c)) return false;
    } else {
      return false;
    }
  }
  const v6 = v.delinquent;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "boolean") return false;
  }
  const v7 = v.description;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.discount;
  if (v8 !== undefined && v8 !== null) {
    if (!testDiscount(v8, c)) return false;
  }
  const v9 = v.email;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") return false;
    if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  }
  const v10 = v.id;
  if (typeof v10 !== "string") return false;
  if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  const v11 = v.invoice_credit_balance;
  if (v11 !== undefined) {
    if (!isObject(v11)) return false;
    for (const k4 of Object.keys(v11)) {
      const v12 = entry(v11, k4);
      if (!isInt(v12)) return false;
    }
  }
  const v13 = v.invoice_prefix;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") return false;
    if (v13.length > 5000 && tooLong(v13, 5000)) return false;
  }
  const v14 = v.invoice_settings;
  if (v14 !== undefined) {
    if (!testInvoiceSettingCustomerSetting(v14, c)) return false;
  }
  const v15 = v.livemode;
  if (typeof v15 !== "boolean") return false;
  const v16 = v.metadata;
  if (v16 !== undefined) {
    if (!isObject(v16)) return false;
    for (const k5 of Object.keys(v16)) {
      const v17 = entry(v16, k5);
      if (typeof v17 !== "string") return false;
      if (v17.length > 500 && tooLong(v17, 500)) return false;
    }
  }
  const v18 = v.name;
  if (v18 !== undefined && v18 !== null) {
    if (typeof v18 !== "string") return false;
    if (v18.length > 5000 && tooLong(v18, 5000)) return false;
  }
  const v19 = v.next_invoice_sequence;
  if (v19 !== undefined) {
    if (!isInt(v19)) return false;
  }
  const v20 = v.object;
  if (v20 !== "customer") return false;
  const v21 = v.phone;
  if (v21 !== undefined && v21 !== null) {
    if (typeof v21 !== "string") return false;
    if (v21.length > 5000 && tooLong(v21, 5000)) return false;
  }
  const v22 = v.preferred_locales;
  if (v22 !== undefined && v22 !== null) {
    if (!isArray(v22)) return false;
    for (let i0 = 0; i0 < v22.length; i0++) {
      const v23 = v22[i0];
      if (typeof v23 !== "string") return false;
      if (v23.length > 5000 && tooLong(v23, 5000)) return false;
    }
  }
  const v24 = v.shipping;
  if (v24 !== undefined && v24 !== null) {
    if (!testShipping(v24, c)) return false;
  }
  const v25 = v.sources;
  if (v25 !== undefined) {
    if (!isObject(v25)) return false;
    const v26 = v25.data;
    if (!isArray(v26)) return false;
    for (let i1 = 0; i1 < v26.length; i1++) {
      const v27 = v26[i1];
      if (isObject(v27)) {
        if (!d1(v27, c)) return false;
      } else {
        return false;
      }
    }
    const v28 = v25.has_more;
    if (typeof v28 !== "boolean") return false;
    const v29 = v25.object;
    if (v29 !== "list") return false;
    const v30 = v25.url;
    if (typeof v30 !== "string") return false;
    if (v30.length > 5000 && tooLong(v30, 5000)) return false;
  }
  const v31 = v.subscriptions;
  if (v31 !== undefined) {
    if (!isObject(v31)) return false;
    const v32 = v31.data;
    if (!isArray(v32)) return false;
    for (let i2 = 0; i2 < v32.length; i2++) {
      const v33 = v32[i2];
      if (!testSubscription(v33, c)) return false;
    }
    const v34 = v31.has_more;
    if (typeof v34 !== "boolean") return false;
    const v35 = v31.object;
    if (v35 !== "list") return false;
    const v36 = v31.url;
    if (typeof v36 !== "string") return false;
    if (v36.length > 5000 && tooLong(v36, 5000)) return false;
  }
  const v37 = v.tax;
  if (v37 !== undefined) {
    if (!testCustomerTax(v37, c)) return false;
  }
  const v38 = v.tax_exempt;
  if (v38 !== undefined && v38 !== null) {
    if (!e2.has(v38)) return false;
  }
  const v39 = v.tax_ids;
  if (v39 !== undefined) {
    if (!isObject(v39)) return false;
    const v40 = v39.data;
    if (!isArray(v40)) return false;
    for (let i3 = 0; i3 < v40.length; i3++) {
      const v41 = v40[i3];
      if (!testTaxId(v41, c)) return false;
    }
    const v42 = v39.has_more;
    if (typeof v42 !== "boolean") return false;
    const v43 = v39.object;
    if (v43 !== "list") return false;
    const v44 = v39.url;
    if (typeof v44 !== "string") return false;
    if (v44.length > 5000 && tooLong(v44, 5000)) return false;
  }
  const v45 = v.test_clock;
  if (v45 !== undefined && v45 !== null) {
    if (typeof v45 === "string") {
      if (v45.length > 5000 && tooLong(v45, 5000)) return false;
    } else if (isObject(v45)) {
      if (!testTestHelpersTestClock(v45, c)) return false;
    } else {
      return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    address: opt(nul(ref(Address))),
    balance: opt(int()),
    cash_balance: opt(nul(ref(CashBalance))),
    created: req(int("unix-time")),
    currency: opt(nul(str())),
    default_source: opt(
      nul(union(str(), ref(BankAccount), ref(Card), ref(Source))),
    ),
    delinquent: opt(nul(bool())),
    description: opt(nul(str())),
    discount: opt(nul(ref(Discount))),
    email: opt(nul(str())),
    id: req(str()),
    invoice_credit_balance: opt(obj({}, int())),
    invoice_prefix: opt(nul(str())),
    invoice_settings: opt(ref(InvoiceSettingCustomerSetting)),
    livemode: req(bool()),
    metadata: opt(obj({}, str())),
    name: opt(nul(str())),
    next_invoice_sequence: opt(int()),
    object: req(oneOf(e0)),
    phone: opt(nul(str())),
    preferred_locales: opt(nul(list(str()))),
    shipping: opt(nul(ref(Shipping))),
    sources: opt(
      obj({
        data: req(list(union(ref(BankAccount), ref(Card), ref(Source)))),
        has_more: req(bool()),
        object: req(oneOf(e1)),
        url: req(str()),
      }),
    ),
    subscriptions: opt(
      obj({
        data: req(list(ref(Subscription))),
        has_more: req(bool()),
        object: req(oneOf(e1)),
        url: req(str()),
      }),
    ),
    tax: opt(ref(CustomerTax)),
    tax_exempt: opt(nul(oneOf(e2))),
    tax_ids: opt(
      obj({
        data: req(list(ref(TaxId))),
        has_more: req(bool()),
        object: req(oneOf(e1)),
        url: req(str()),
      }),
    ),
    test_clock: opt(nul(union(str(), ref(TestHelpersTestClock)))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "customer",
  branch: "customer",
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
  schema as Customer,
  validateInput as validateCustomer,
  isValid as isCustomer,
  check as checkCustomer,
  test as testCustomer,
};
