import {
  deeper,
  enter,
  isObject,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["active", "inactive", "pending"]);
const k0 = /* @__PURE__ */ set([
  "acss_debit_payments",
  "affirm_payments",
  "afterpay_clearpay_payments",
  "au_becs_debit_payments",
  "bacs_debit_payments",
  "bancontact_payments",
  "bank_transfer_payments",
  "blik_payments",
  "boleto_payments",
  "card_issuing",
  "card_payments",
  "cartes_bancaires_payments",
  "cashapp_payments",
  "eps_payments",
  "fpx_payments",
  "giropay_payments",
  "grabpay_payments",
  "ideal_payments",
  "india_international_payments",
  "jcb_payments",
  "klarna_payments",
  "konbini_payments",
  "legacy_payments",
  "link_payments",
  "oxxo_payments",
  "p24_payments",
  "paynow_payments",
  "promptpay_payments",
  "sepa_debit_payments",
  "sofort_payments",
  "tax_reporting_us_1099_k",
  "tax_reporting_us_1099_misc",
  "transfers",
  "treasury",
  "us_bank_account_ach_payments",
  "zip_payments",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.acss_debit_payments;
  if (v0 !== undefined) {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["acss_debit_payments"], e0, v0, ok);
    }
  }
  const v1 = v.affirm_payments;
  if (v1 !== undefined) {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["affirm_payments"], e0, v1, ok);
    }
  }
  const v2 = v.afterpay_clearpay_payments;
  if (v2 !== undefined) {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["afterpay_clearpay_payments"], e0, v2, ok);
    }
  }
  const v3 = v.au_becs_debit_payments;
  if (v3 !== undefined) {
    if (!e0.has(v3)) {
      ok = notInEnum(c, ["au_becs_debit_payments"], e0, v3, ok);
    }
  }
  const v4 = v.bacs_debit_payments;
  if (v4 !== undefined) {
    if (!e0.has(v4)) {
      ok = notInEnum(c, ["bacs_debit_payments"], e0, v4, ok);
    }
  }
  const v5 = v.bancontact_payments;
  if (v5 !== undefined) {
    if (!e0.has(v5)) {
      ok = notInEnum(c, ["bancontact_payments"], e0, v5, ok);
    }
  }
  const v6 = v.bank_transfer_payments;
  if (v6 !== undefined) {
    if (!e0.has(v6)) {
      ok = notInEnum(c, ["bank_transfer_payments"], e0, v6, ok);
    }
  }
  const v7 = v.blik_payments;
  if (v7 !== undefined) {
    if (!e0.has(v7)) {
      ok = notInEnum(c, ["blik_payments"], e0, v7, ok);
    }
  }
  const v8 = v.boleto_payments;
  if (v8 !== undefined) {
    if (!e0.has(v8)) {
      ok = notInEnum(c, ["boleto_payments"], e0, v8, ok);
    }
  }
  const v9 = v.card_issuing;
  if (v9 !== undefined) {
    if (!e0.has(v9)) {
      ok = notInEnum(c, ["card_issuing"], e0, v9, ok);
    }
  }
  const v10 = v.card_payments;
  if (v10 !== undefined) {
    if (!e0.has(v10)) {
      ok = notInEnum(c, ["card_payments"], e0, v10, ok);
    }
  }
  const v11 = v.cartes_bancaires_payments;
  if (v11 !== undefined) {
    if (!e0.has(v11)) {
      ok = notInEnum(c, ["cartes_bancaires_payments"], e0, v11, ok);
    }
  }
  const v12 = v.cashapp_payments;
  if (v12 !== undefined) {
    if (!e0.has(v12)) {
      ok = notInEnum(c, ["cashapp_payments"], e0, v12, ok);
    }
  }
  const v13 = v.eps_payments;
  if (v13 !== undefined) {
    if (!e0.has(v13)) {
      ok = notInEnum(c, ["eps_payments"], e0, v13, ok);
    }
  }
  const v14 = v.fpx_payments;
  if (v14 !== undefined) {
    if (!e0.has(v14)) {
      ok = notInEnum(c, ["fpx_payments"], e0, v14, ok);
    }
  }
  const v15 = v.giropay_payments;
  if (v15 !== undefined) {
    if (!e0.has(v15)) {
      ok = notInEnum(c, ["giropay_payments"], e0, v15, ok);
    }
  }
  const v16 = v.grabpay_payments;
  if (v16 !== undefined) {
    if (!e0.has(v16)) {
      ok = notInEnum(c, ["grabpay_payments"], e0, v16, ok);
    }
  }
  const v17 = v.ideal_payments;
  if (v17 !== undefined) {
    if (!e0.has(v17)) {
      ok = notInEnum(c, ["ideal_payments"], e0, v17, ok);
    }
  }
  const v18 = v.india_international_payments;
  if (v18 !== undefined) {
    if (!e0.has(v18)) {
      ok = notInEnum(c, ["india_international_payments"], e0, v18, ok);
    }
  }
  const v19 = v.jcb_payments;
  if (v19 !== undefined) {
    if (!e0.has(v19)) {
      ok = notInEnum(c, ["jcb_payments"], e0, v19, ok);
    }
  }
  const v20 = v.klarna_payments;
  if (v20 !== undefined) {
    if (!e0.has(v20)) {
      ok = notInEnum(c, ["klarna_payments"], e0, v20, ok);
    }
  }
  const v21 = v.konbini_payments;
  if (v21 !== undefined) {
    if (!e0.has(v21)) {
      ok = notInEnum(c, ["konbini_payments"], e0, v21, ok);
    }
  }
  const v22 = v.legacy_payments;
  if (v22 !== undefined) {
    if (!e0.has(v22)) {
      ok = notInEnum(c, ["legacy_payments"], e0, v22, ok);
    }
  }
  const v23 = v.link_payments;
  if (v23 !== undefined) {
    if (!e0.has(v23)) {
      ok = notInEnum(c, ["link_payments"], e0, v23, ok);
    }
  }
  const v24 = v.oxxo_payments;
  if (v24 !== undefined) {
    if (!e0.has(v24)) {
      ok = notInEnum(c, ["oxxo_payments"], e0, v24, ok);
    }
  }
  const v25 = v.p24_payments;
  if (v25 !== undefined) {
    if (!e0.has(v25)) {
      ok = notInEnum(c, ["p24_payments"], e0, v25, ok);
    }
  }
  const v26 = v.paynow_payments;
  if (v26 !== undefined) {
    if (!e0.has(v26)) {
      ok = notInEnum(c, ["paynow_payments"], e0, v26, ok);
    }
  }
  const v27 = v.promptpay_payments;
  if (v27 !== undefined) {
    if (!e0.has(v27)) {
      ok = notInEnum(c, ["promptpay_payments"], e0, v27, ok);
    }
  }
  const v28 = v.sepa_debit_payments;
  if (v28 !== undefined) {
    if (!e0.has(v28)) {
      ok = notInEnum(c, ["sepa_debit_payments"], e0, v28, ok);
    }
  }
  const v29 = v.sofort_payments;
  if (v29 !== undefined) {
    if (!e0.has(v29)) {
      ok = notInEnum(c, ["sofort_payments"], e0, v29, ok);
    }
  }
  const v30 = v.tax_reporting_us_1099_k;
  if (v30 !== undefined) {
    if (!e0.has(v30)) {
      ok = notInEnum(c, ["tax_reporting_us_1099_k"], e0, v30, ok);
    }
  }
  const v31 = v.tax_reporting_us_1099_misc;
  if (v31 !== undefined) {
    if (!e0.has(v31)) {
      ok = notInEnum(c, ["tax_reporting_us_1099_misc"], e0, v31, ok);
    }
  }
  const v32 = v.transfers;
  if (v32 !== undefined) {
    if (!e0.has(v32)) {
      ok = notInEnum(c, ["transfers"], e0, v32, ok);
    }
  }
  const v33 = v.treasury;
  if (v33 !== undefined) {
    if (!e0.has(v33)) {
      ok = notInEnum(c, ["treasury"], e0, v33, ok);
    }
  }
  const v34 = v.us_bank_account_ach_payments;
  if (v34 !== undefined) {
    if (!e0.has(v34)) {
      ok = notInEnum(c, ["us_bank_account_ach_payments"], e0, v34, ok);
    }
  }
  const v35 = v.zip_payments;
  if (v35 !== undefined) {
    if (!e0.has(v35)) {
      ok = notInEnum(c, ["zip_payments"], e0, v35, ok);
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
  const v0 = v.acss_debit_payments;
  if (v0 !== undefined) {
    if (!e0.has(v0)) return false;
  }
  const v1 = v.affirm_payments;
  if (v1 !== undefined) {
    if (!e0.has(v1)) return false;
  }
  const v2 = v.afterpay_clearpay_payments;
  if (v2 !== undefined) {
    if (!e0.has(v2)) return false;
  }
  const v3 = v.au_becs_debit_payments;
  if (v3 !== undefined) {
    if (!e0.has(v3)) return false;
  }
  const v4 = v.bacs_debit_payments;
  if (v4 !== undefined) {
    if (!e0.has(v4)) return false;
  }
  const v5 = v.bancontact_payments;
  if (v5 !== undefined) {
    if (!e0.has(v5)) return false;
  }
  const v6 = v.bank_transfer_payments;
  if (v6 !== undefined) {
    if (!e0.has(v6)) return false;
  }
  const v7 = v.blik_payments;
  if (v7 !== undefined) {
    if (!e0.has(v7)) return false;
  }
  const v8 = v.boleto_payments;
  if (v8 !== undefined) {
    if (!e0.has(v8)) return false;
  }
  const v9 = v.card_issuing;
  if (v9 !== undefined) {
    if (!e0.has(v9)) return false;
  }
  const v10 = v.card_payments;
  if (v10 !== undefined) {
    if (!e0.has(v10)) return false;
  }
  const v11 = v.cartes_bancaires_payments;
  if (v11 !== undefined) {
    if (!e0.has(v11)) return false;
  }
  const v12 = v.cashapp_payments;
  if (v12 !== undefined) {
    if (!e0.has(v12)) return false;
  }
  const v13 = v.eps_payments;
  if (v13 !== undefined) {
    if (!e0.has(v13)) return false;
  }
  const v14 = v.fpx_payments;
  if (v14 !== undefined) {
    if (!e0.has(v14)) return false;
  }
  const v15 = v.giropay_payments;
  if (v15 !== undefined) {
    if (!e0.has(v15)) return false;
  }
  const v16 = v.grabpay_payments;
  if (v16 !== undefined) {
    if (!e0.has(v16)) return false;
  }
  const v17 = v.ideal_payments;
  if (v17 !== undefined) {
    if (!e0.has(v17)) return false;
  }
  const v18 = v.india_international_payments;
  if (v18 !== undefined) {
    if (!e0.has(v18)) return false;
  }
  const v19 = v.jcb_payments;
  if (v19 !== undefined) {
    if (!e0.has(v19)) return false;
  }
  const v20 = v.klarna_payments;
  if (v20 !== undefined) {
    if (!e0.has(v20)) return false;
  }
  const v21 = v.konbini_payments;
  if (v21 !== undefined) {
    if (!e0.has(v21)) return false;
  }
  const v22 = v.legacy_payments;
  if (v22 !== undefined) {
    if (!e0.has(v22)) return false;
  }
  const v23 = v.link_payments;
  if (v23 !== undefined) {
    if (!e0.has(v23)) return false;
  }
  const v24 = v.oxxo_payments;
  if (v24 !== undefined) {
    if (!e0.has(v24)) return false;
  }
  const v25 = v.p24_payments;
  if (v25 !== undefined) {
    if (!e0.has(v25)) return false;
  }
  const v26 = v.paynow_payments;
  if (v26 !== undefined) {
    if (!e0.has(v26)) return false;
  }
  const v27 = v.promptpay_payments;
  if (v27 !== undefined) {
    if (!e0.has(v27)) return false;
  }
  const v28 = v.sepa_debit_payments;
  if (v28 !== undefined) {
    if (!e0.has(v28)) return false;
  }
  const v29 = v.sofort_payments;
  if (v29 !== undefined) {
    if (!e0.has(v29)) return false;
  }
  const v30 = v.tax_reporting_us_1099_k;
  if (v30 !== undefined) {
    if (!e0.has(v30)) return false;
  }
  const v31 = v.tax_reporting_us_1099_misc;
  if (v31 !== undefined) {
    if (!e0.has(v31)) return false;
  }
  const v32 = v.transfers;
  if (v32 !== undefined) {
    if (!e0.has(v32)) return false;
  }
  const v33 = v.treasury;
  if (v33 !== undefined) {
    if (!e0.has(v33)) return false;
  }
  const v34 = v.us_bank_account_ach_payments;
  if (v34 !== undefined) {
    if (!e0.has(v34)) return false;
  }
  const v35 = v.zip_payments;
  if (v35 !== undefined) {
    if (!e0.has(v35)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    acss_debit_payments: opt(oneOf(e0)),
    affirm_payments: opt(oneOf(e0)),
    afterpay_clearpay_payments: opt(oneOf(e0)),
    au_becs_debit_payments: opt(oneOf(e0)),
    bacs_debit_payments: opt(oneOf(e0)),
    bancontact_payments: opt(oneOf(e0)),
    bank_transfer_payments: opt(oneOf(e0)),
    blik_payments: opt(oneOf(e0)),
    boleto_payments: opt(oneOf(e0)),
    card_issuing: opt(oneOf(e0)),
    card_payments: opt(oneOf(e0)),
    cartes_bancaires_payments: opt(oneOf(e0)),
    cashapp_payments: opt(oneOf(e0)),
    eps_payments: opt(oneOf(e0)),
    fpx_payments: opt(oneOf(e0)),
    giropay_payments: opt(oneOf(e0)),
    grabpay_payments: opt(oneOf(e0)),
    ideal_payments: opt(oneOf(e0)),
    india_international_payments: opt(oneOf(e0)),
    jcb_payments: opt(oneOf(e0)),
    klarna_payments: opt(oneOf(e0)),
    konbini_payments: opt(oneOf(e0)),
    legacy_payments: opt(oneOf(e0)),
    link_payments: opt(oneOf(e0)),
    oxxo_payments: opt(oneOf(e0)),
    p24_payments: opt(oneOf(e0)),
    paynow_payments: opt(oneOf(e0)),
    promptpay_payments: opt(oneOf(e0)),
    sepa_debit_payments: opt(oneOf(e0)),
    sofort_payments: opt(oneOf(e0)),
    tax_reporting_us_1099_k: opt(oneOf(e0)),
    tax_reporting_us_1099_misc: opt(oneOf(e0)),
    transfers: opt(oneOf(e0)),
    treasury: opt(oneOf(e0)),
    us_bank_account_ach_payments: opt(oneOf(e0)),
    zip_payments: opt(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "account_capabilities",
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
  schema as AccountCapabilities,
  validateInput as validateAccountCapabilities,
  isValid as isAccountCapabilities,
  check as checkAccountCapabilities,
  test as testAccountCapabilities,
};
