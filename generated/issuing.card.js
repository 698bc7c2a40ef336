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
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  IssuingCardholder,
  checkIssuingCardholder,
  testIssuingCardholder,
} from "./issuing.cardholder.js";
import {
  IssuingCardAuthorizationControls,
  checkIssuingCardAuthorizationControls,
  testIssuingCardAuthorizationControls,
} from "./issuing_card_authorization_controls.js";
import {
  IssuingCardShipping,
  checkIssuingCardShipping,
  testIssuingCardShipping,
} from "./issuing_card_shipping.js";
import {
  IssuingCardWallets,
  checkIssuingCardWallets,
  testIssuingCardWallets,
} from "./issuing_card_wallets.js";

const e0 = /* @__PURE__ */ set(["issuing.card"]);
const e1 = /* @__PURE__ */ set(["physical", "virtual"]);
const k1 = /* @__PURE__ */ set([
  "brand",
  "cancellation_reason",
  "cardholder",
  "created",
  "currency",
  "cvc",
  "exp_month",
  "exp_year",
  "financial_account",
  "id",
  "last4",
  "livemode",
  "metadata",
  "number",
  "object",
  "replaced_by",
  "replacement_for",
  "replacement_reason",
  "shipping",
  "spending_controls",
  "status",
  "type",
  "wallets",
]);
const e2 = /* @__PURE__ */ set(["design_rejected", "lost", "stolen"]);
const e3 = /* @__PURE__ */ set(["damaged", "expired", "lost", "stolen"]);
const e4 = /* @__PURE__ */ set(["active", "canceled", "inactive"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.brand;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["brand"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["brand"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["brand"], 5000, v0);
    }
  }
  const v1 = v.cancellation_reason;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["cancellation_reason"], "string", v1);
    }
  }
  const v2 = v.cardholder;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["cardholder"], v2, ok);
  } else {
    ok = into(c, checkIssuingCardholder, v2, ok, "cardholder");
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
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["currency"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["currency"], "string", v4);
    }
  }
  const v5 = v.cvc;
  if (v5 !== undefined) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["cvc"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["cvc"], 5000, v5);
    }
  }
  const v6 = v.exp_month;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["exp_month"], v6, ok);
  } else {
    if (!isInt(v6)) {
      ok = wrongType(c, ["exp_month"], "integer", v6);
    }
  }
  const v7 = v.exp_year;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["exp_year"], v7, ok);
  } else {
    if (!isInt(v7)) {
      ok = wrongType(c, ["exp_year"], "integer", v7);
    }
  }
  const v8 = v.financial_account;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["financial_account"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["financial_account"], 5000, v8);
    }
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
  const v10 = v.last4;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["last4"], v10, ok);
  } else {
    if (typeof v10 !== "string") {
      ok = wrongType(c, ["last4"], "string", v10);
    } else if (v10.length > 5000 && tooLong(v10, 5000)) {
      ok = longFail(c, ["last4"], 5000, v10);
    }
  }
  const v11 = v.livemode;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["livemode"], v11, ok);
  } else {
    if (typeof v11 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v11);
    }
  }
  const v12 = v.metadata;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["metadata"], v12, ok);
  } else {
    if (!isObject(v12)) {
      ok = wrongType(c, ["metadata"], "object", v12);
    } else {
      for (const k0 of Object.keys(v12)) {
        const v13 = entry(v12, k0);
        if (typeof v13 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v13);
        } else if (v13.length > 500 && tooLong(v13, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v13);
        }
      }
    }
  }
  const v14 = v.number;
  if (v14 !== undefined) {
    if (typeof v14 !== "string") {
      ok = wrongType(c, ["number"], "string", v14);
    } else if (v14.length > 5000 && tooLong(v14, 5000)) {
      ok = longFail(c, ["number"], 5000, v14);
    }
  }
  const v15 = v.object;
  if (v15 === undefined || v15 === null) {
    ok = missing(c, ["object"], v15, ok);
  } else {
    if (!e0.has(v15)) {
      ok = notInEnum(c, ["object"], e0, v15, ok);
    }
  }
  const v16 = v.replaced_by;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 === "string") {
      if (v16.length > 5000 && tooLong(v16, 5000)) {
        ok = longFail(c, ["replaced_by"], 5000, v16);
      }
    } else if (isObject(v16)) {
      ok = into(c, check, v16, ok, "replaced_by");
    } else {
      ok = wrongType(c, ["replaced_by"], "string | object", v16);
    }
  }
  const v17 = v.replacement_for;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 === "string") {
      if (v17.length > 5000 && tooLong(v17, 5000)) {
        ok = longFail(c, ["replacement_for"], 5000, v17);
      }
    } else if (isObject(v17)) {
      ok = into(c, check, v17, ok, "replacement_for");
    } else {
      ok = wrongType(c, ["replacement_for"], "string | object", v17);
    }
  }
  const v18 = v.replacement_reason;
  if (v18 !== undefined && v18 !== null) {
    if (typeof v18 !== "string") {
      ok = wrongType(c, ["replacement_reason"], "string", v18);
    }
  }
  const v19 = v.shipping;
  if (v19 !== undefined && v19 !== null) {
    ok = into(c, checkIssuingCardShipping, v19, ok, "shipping");
  }
  const v20 = v.spending_controls;
  if (v20 === undefined || v20 === null) {
    ok = missing(c, ["spending_controls"], v20, ok);
  } else {
    ok = into(
      c,
      checkIssuingCardAuthorizationControls,
      v20,
      ok,
      "spending_controls",
    );
  }
  const v21 = v.status;
  if (v21 === undefined || v21 === null) {
    ok = missing(c, ["status"], v21, ok);
  } else {
    if (typeof v21 !== "string") {
      ok = wrongType(c, ["status"], "string", v21);
    }
  }
  const v22 = v.type;
  if (v22 === undefined || v22 === null) {
    ok = missing(c, ["type"], v22, ok);
  } else {
    if (!e1.has(v22)) {
      ok = notInEnum(c, ["type"], e1, v22, ok);
    }
  }
  const v23 = v.wallets;
  if (v23 !== undefined && v23 !== null) {
    ok = into(c, checkIssuingCardWallets, v23, ok, "wallets");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.brand;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.cancellation_reason;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v.cardholder;
  if (!testIssuingCardholder(v2, c)) return false;
  const v3 = v.created;
  if (!isInt(v3)) return false;
  const v4 = v.currency;
  if (typeof v4 !== "string") return false;
  const v5 = v.cvc;
  if (v5 !== undefined) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.exp_month;
  if (!isInt(v6)) return false;
  const v7 = v.exp_year;
  if (!isInt(v7)) return false;
  const v8 = v.financial_account;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  const v9 = v.id;
  if (typeof v9 !== "string") return false;
  if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  const v10 = v.last4;
  if (typeof v10 !== "string") return false;
  if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  const v11 = v.livemode;
  if (typeof v11 !== "boolean") return false;
  const v12 = v.metadata;
  if (!isObject(v12)) return false;
  for (const k2 of Object.keys(v12)) {
    const v13 = entry(v12, k2);
    if (typeof v13 !== "string") return false;
    if (v13.length > 500 && tooLong(v13, 500)) return false;
  }
  const v14 = v.number;
  if (v14 !== undefined) {
    if (typeof v14 !== "string") return false;
    if (v14.length > 5000 && tooLong(v14, 5000)) return false;
  }
  const v15 = v.object;
  if (v15 !== "issuing.card") return false;
  const v16 = v.replaced_by;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 === "string") {
      if (v16.length > 5000 && tooLong(v16, 5000)) return false;
    } else if (isObject(v16)) {
      if (!test(v16, c)) return false;
    } else {
      return false;
    }
  }
  const v17 = v.replacement_for;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 === "string") {
      if (v17.length > 5000 && tooLong(v17, 5000)) return false;
    } else if (isObject(v17)) {
      if (!test(v17, c)) return false;
    } else {
      return false;
    }
  }
  const v18 = v.replacement_reason;
  if (v18 !== undefined && v18 !== null) {
    if (typeof v18 !== "string") return false;
  }
  const v19 = v.shipping;
  if (v19 !== undefined && v19 !== null) {
    if (!testIssuingCardShipping(v19, c)) return false;
  }
  const v20 = v.spending_controls;
  if (!testIssuingCardAuthorizationControls(v20, c)) return false;
  const v21 = v.status;
  if (typeof v21 !== "string") return false;
  const v22 = v.type;
  if (!e1.has(v22)) return false;
  const v23 = v.wallets;
  if (v23 !== undefined && v23 !== null) {
    if (!testIssuingCardWallets(v23, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    brand: req(str()),
    cancellation_reason: opt(nul(oneOf(e2, true))),
    cardholder: req(ref(IssuingCardholder)),
    created: req(int("unix-time")),
    currency: req(str()),
    cvc: opt(str()),
    exp_month: req(int()),
    exp_year: req(int()),
    financial_account: opt(nul(str())),
    id: req(str()),
    last4: req(str()),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    number: opt(str()),
    object: req(oneOf(e0)),
    replaced_by: opt(nul(union(str(), ref(schema)))),
    replacement_for: opt(nul(union(str(), ref(schema)))),
    replacement_reason: opt(nul(oneOf(e3, true))),
    shipping: opt(nul(ref(IssuingCardShipping))),
    spending_controls: req(ref(IssuingCardAuthorizationControls)),
    status: req(oneOf(e4, true)),
    type: req(oneOf(e1)),
    wallets: opt(nul(ref(IssuingCardWallets))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing.card",
  branch: "issuing.card",
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
  schema as IssuingCard,
  validateInput as validateIssuingCard,
  isValid as isIssuingCard,
  check as checkIssuingCard,
  test as testIssuingCard,
};
