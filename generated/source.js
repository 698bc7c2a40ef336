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
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  SourceCodeVerificationFlow,
  checkSourceCodeVerificationFlow,
  testSourceCodeVerificationFlow,
} from "./source_code_verification_flow.js";
import {
  SourceOrder,
  checkSourceOrder,
  testSourceOrder,
} from "./source_order.js";
import {
  SourceOwner,
  checkSourceOwner,
  testSourceOwner,
} from "./source_owner.js";
import {
  SourceReceiverFlow,
  checkSourceReceiverFlow,
  testSourceReceiverFlow,
} from "./source_receiver_flow.js";
import {
  SourceRedirectFlow,
  checkSourceRedirectFlow,
  testSourceRedirectFlow,
} from "./source_redirect_flow.js";
import {
  SourceTypeAchCreditTransfer,
  checkSourceTypeAchCreditTransfer,
  testSourceTypeAchCreditTransfer,
} from "./source_type_ach_credit_transfer.js";
import {
  SourceTypeAchDebit,
  checkSourceTypeAchDebit,
  testSourceTypeAchDebit,
} from "./source_type_ach_debit.js";
import {
  SourceTypeAcssDebit,
  checkSourceTypeAcssDebit,
  testSourceTypeAcssDebit,
} from "./source_type_acss_debit.js";
import {
  SourceTypeAlipay,
  checkSourceTypeAlipay,
  testSourceTypeAlipay,
} from "./source_type_alipay.js";
import {
  SourceTypeAuBecsDebit,
  checkSourceTypeAuBecsDebit,
  testSourceTypeAuBecsDebit,
} from "./source_type_au_becs_debit.js";
import {
  SourceTypeBancontact,
  checkSourceTypeBancontact,
  testSourceTypeBancontact,
} from "./source_type_bancontact.js";
import {
  SourceTypeCard,
  checkSourceTypeCard,
  testSourceTypeCard,
} from "./source_type_card.js";
import {
  SourceTypeCardPresent,
  checkSourceTypeCardPresent,
  testSourceTypeCardPresent,
} from "./source_type_card_present.js";
import {
  SourceTypeEps,
  checkSourceTypeEps,
  testSourceTypeEps,
} from "./source_type_eps.js";
import {
  SourceTypeGiropay,
  checkSourceTypeGiropay,
  testSourceTypeGiropay,
} from "./source_type_giropay.js";
import {
  SourceTypeIdeal,
  checkSourceTypeIdeal,
  testSourceTypeIdeal,
} from "./source_type_ideal.js";
import {
  SourceTypeKlarna,
  checkSourceTypeKlarna,
  testSourceTypeKlarna,
} from "./source_type_klarna.js";
import {
  SourceTypeMultibanco,
  checkSourceTypeMultibanco,
  testSourceTypeMultibanco,
} from "./source_type_multibanco.js";
import {
  SourceTypeP24,
  checkSourceTypeP24,
  testSourceTypeP24,
} from "./source_type_p24.js";
import {
  SourceTypeSepaDebit,
  checkSourceTypeSepaDebit,
  testSourceTypeSepaDebit,
} from "./source_type_sepa_debit.js";
import {
  SourceTypeSofort,
  checkSourceTypeSofort,
  testSourceTypeSofort,
} from "./source_type_sofort.js";
import {
  SourceTypeThreeDSecure,
  checkSourceTypeThreeDSecure,
  testSourceTypeThreeDSecure,
} from "./source_type_three_d_secure.js";
import {
  SourceTypeWechat,
  checkSourceTypeWechat,
  testSourceTypeWechat,
} from "./source_type_wechat.js";

const e0 = /* @__PURE__ */ set(["source"]);
const k1 = /* @__PURE__ */ set([
  "ach_credit_transfer",
  "ach_debit",
  "acss_debit",
  "alipay",
  "amount",
  "au_becs_debit",
  "bancontact",
  "card",
  "card_present",
  "client_secret",
  "code_verification",
  "created",
  "currency",
  "customer",
  "eps",
  "flow",
  "giropay",
  "id",
  "ideal",
  "klarna",
  "livemode",
  "metadata",
  "multibanco",
  "object",
  "owner",
  "p24",
  "receiver",
  "redirect",
  "sepa_debit",
  "sofort",
  "source_order",
  "statement_descriptor",
  "status",
  "three_d_secure",
  "type",
  "usage",
  "wechat",
]);
const e1 = /* @__PURE__ */ set([
  "ach_credit_transfer",
  "ach_debit",
  "acss_debit",
  "alipay",
  "au_becs_debit",
  "bancontact",
  "card",
  "card_present",
  "eps",
  "giropay",
  "ideal",
  "klarna",
  "multibanco",
  "p24",
  "sepa_debit",
  "sofort",
  "three_d_secure",
  "wechat",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.ach_credit_transfer;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkSourceTypeAchCreditTransfer,
      v0,
      ok,
      "ach_credit_transfer",
    );
  }
  const v1 = v.ach_debit;
  if (v1 !== undefined) {
    ok = into(c, checkSourceTypeAchDebit, v1, ok, "ach_debit");
  }
  const v2 = v.acss_debit;
  if (v2 !== undefined) {
    ok = into(c, checkSourceTypeAcssDebit, v2, ok, "acss_debit");
  }
  const v3 = v.alipay;
  if (v3 !== undefined) {
    ok = into(c, checkSourceTypeAlipay, v3, ok, "alipay");
  }
  const v4 = v.amount;
  if (v4 !== undefined && v4 !== null) {
    if (!isInt(v4)) {
      ok = wrongType(c, ["amount"], "integer", v4);
    }
  }
  const v5 = v.au_becs_debit;
  if (v5 !== undefined) {
    ok = into(c, checkSourceTypeAuBecsDebit, v5, ok, "au_becs_debit");
  }
  const v6 = v.bancontact;
  if (v6 !== undefined) {
    ok = into(c, checkSourceTypeBancontact, v6, ok, "bancontact");
  }
  const v7 = v.card;
  if (v7 !== undefined) {
    ok = into(c, checkSourceTypeCard, v7, ok, "card");
  }
  const v8 = v.card_present;
  if (v8 !== undefined) {
    ok = into(c, checkSourceTypeCardPresent, v8, ok, "card_present");
  }
  const v9 = v.client_secret;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["client_secret"], v9, ok);
  } else {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["client_secret"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["client_secret"], 5000, v9);
    }
  }
  const v10 = v.code_verification;
  if (v10 !== undefined) {
    ok = into(c, checkSourceCodeVerificationFlow, v10, ok, "code_verification");
  }
  const v11 = v.created;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["created"], v11, ok);
  } else {
    if (!isInt(v11)) {
      ok = wrongType(c, ["created"], "integer", v11);
    }
  }
  const v12 = v.currency;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["currency"], "string", v12);
    }
  }
  const v13 = v.customer;
  if (v13 !== undefined) {
    if (typeof v13 !== "string") {
      ok = wrongType(c, ["customer"], "string", v13);
    } else if (v13.length > 5000 && tooLong(v13, 5000)) {
      ok = longFail(c, ["customer"], 5000, v13);
    }
  }
  const v14 = v.eps;
  if (v14 !== undefined) {
    ok = into(c, checkSourceTypeEps, v14, ok, "eps");
  }
  const v15 = v.flow;
  if (v15 === undefined || v15 === null) {
    ok = missing(c, ["flow"], v15, ok);
  } else {
    if (typeof v15 !== "string") {
      ok = wrongType(c, ["flow"], "string", v15);
    } else if (v15.length > 5000 && tooLong(v15, 5000)) {
      ok = longFail(c, ["flow"], 5000, v15);
    }
  }
  const v16 = v.giropay;
  if (v16 !== undefined) {
    ok = into(c, checkSourceTypeGiropay, v16, ok, "giropay");
  }
  const v17 = v.id;
  if (v17 === undefined || v17 === null) {
    ok = missing(c, ["id"], v17, ok);
  } else {
    if (typeof v17 !== "string") {
      ok = wrongType(c, ["id"], "string", v17);
    } else if (v17.length > 5000 && tooLong(v17, 5000)) {
      ok = longFail(c, ["id"], 5000, v17);
    }
  }
  const v18 = v.ideal;
  if (v18 !== undefined) {
    ok = into(c, checkSourceTypeIdeal, v18, ok, "ideal");
  }
  const v19 = v.klarna;
  if (v19 !== undefined) {
    ok = into(c, checkSourceTypeKlarna, v19, ok, "klarna");
  }
  const v20 = v.livemode;
  if (v20 === undefined || v20 === null) {
    ok = missing(c, ["livemode"], v20, ok);
  } else {
    if (typeof v20 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v20);
    }
  }
  const v21 = v.metadata;
  if (v21 !== undefined && v21 !== null) {
    if (!isObject(v21)) {
      ok = wrongType(c, ["metadata"], "object", v21);
    } else {
      for (const k0 of Object.keys(v21)) {
        const v22 = entry(v21, k0);
        if (typeof v22 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v22);
        } else if (v22.length > 500 && tooLong(v22, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v22);
        }
      }
    }
  }
  const v23 = v.multibanco;
  if (v23 !== undefined) {
    ok = into(c, checkSourceTypeMultibanco, v23, ok, "multibanco");
  }
  const v24 = v.object;
  if (v24 === undefined || v24 === null) {
    ok = missing(c, ["object"], v24, ok);
  } else {
    if (!e0.has(v24)) {
      ok = notInEnum(c, ["object"], e0, v24, ok);
    }
  }
  const v25 = v.owner;
  if (v25 !== undefined && v25 !== null) {
    ok = into(c, checkSourceOwner, v25, ok, "owner");
  }
  const v26 = v.p24;
  if (v26 !== undefined) {
    ok = into(c, checkSourceTypeP24, v26, ok, "p24");
  }
  const v27 = v.receiver;
  if (v27 !== undefined) {
    ok = into(c, checkSourceReceiverFlow, v27, ok, "receiver");
  }
  const v28 = v.redirect;
  if (v28 !== undefined) {
    ok = into(c, checkSourceRedirectFlow, v28, ok, "redirect");
  }
  const v29 = v.sepa_debit;
  if (v29 !== undefined) {
    ok = into(c, checkSourceTypeSepaDebit, v29, ok, "sepa_debit");
  }
  const v30 = v.sofort;
  if (v30 !== undefined) {
    ok = into(c, checkSourceTypeSofort, v30, ok, "sofort");
  }
  const v31 = v.source_order;
  if (v31 !== undefined) {
    ok = into(c, checkSourceOrder, v31, ok, "source_order");
  }
  const v32 = v.statement_descriptor;
  if (v32 !== undefined && v32 !== null) {
    if (typeof v32 !== "string") {
      ok = wrongType(c, ["statement_descriptor"], "string", v32);
    } else if (v32.length > 5000 && tooLong(v32, 5000)) {
      ok = longFail(c, ["statement_descriptor"], 5000, v32);
    }
  }
  const v33 = v.status;
  if (v33 === undefined || v33 === null) {
    ok = missing(c, ["status"], v33, ok);
  } else {
    if (typeof v33 !== "string") {
      ok = wrongType(c, ["status"], "string", v33);
    } else if (v33.length > 5000 && tooLong(v33, 5000)) {
      ok = longFail(c, ["status"], 5000, v33);
    }
  }
  const v34 = v.three_d_secure;
  if (v34 !== undefined) {
    ok = into(c, checkSourceTypeThreeDSecure, v34, ok, "three_d_secure");
  }
  const v35 = v.type;
  if (v35 === undefined || v35 === null) {
    ok = missing(c, ["type"], v35, ok);
  } else {
    if (typeof v35 !== "string") {
      ok = wrongType(c, ["type"], "string", v35);
    }
  }
  const v36 = v.usage;
  if (v36 !== undefined && v36 !== null) {
    if (typeof v36 !== "string") {
      ok = wrongType(c, ["usage"], "string", v36);
    } else if (v36.length > 5000 && tooLong(v36, 5000)) {
      ok = longFail(c, ["usage"], 5000, v36);
    }
  }
  const v37 = v.wechat;
  if (v37 !== undefined) {
    ok = into(c, checkSourceTypeWechat, v37, ok, "wechat");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.ach_credit_transfer;
  if (v0 !== undefined) {
    if (!testSourceTypeAchCreditTransfer(v0, c)) return false;
  }
  const v1 = v.ach_debit;
  if (v1 !== undefined) {
    if (!testSourceTypeAchDebit(v1, c)) return false;
  }
  const v2 = v.acss_debit;
  if (v2 !== undefined) {
    if (!testSourceTypeAcssDebit(v2, c)) return false;
  }
  const v3 = v.alipay;
  if (v3 !== undefined) {
    if (!testSourceTypeAlipay(v3, c)) return false;
  }
  const v4 = v.amount;
  if (v4 !== undefined && v4 !== null) {
    if (!isInt(v4)) return false;
  }
  const v5 = v.au_becs_debit;
  if (v5 !== undefined) {
    if (!testSourceTypeAuBecsDebit(v5, c)) return false;
  }
  const v6 = v.bancontact;
  if (v6 !== undefined) {
    if (!testSourceTypeBancontact(v6, c)) return false;
  }
  const v7 = v.card;
  if (v7 !== undefined) {
    if (!testSourceTypeCard(v7, c)) return false;
  }
  const v8 = v.card_present;
  if (v8 !== undefined) {
    if (!testSourceTypeCardPresent(v8, c)) return false;
  }
  const v9 = v.client_secret;
  if (typeof v9 !== "string") return false;
  if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  const v10 = v.code_verification;
  if (v10 !== undefined) {
    if (!testSourceCodeVerificationFlow(v10, c)) return false;
  }
  const v11 = v.created;
  if (!isInt(v11)) return false;
  const v12 = v.currency;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") return false;
  }
  const v13 = v.customer;
  if (v13 !== undefined) {
    if (typeof v13 !== "string") return false;
    if (v13.length > 5000 && tooLong(v13, 5000)) return false;
  }
  const v14 = v.eps;
  if (v14 !== undefined) {
    if (!testSourceTypeEps(v14, c)) return false;
  }
  const v15 = v.flow;
  if (typeof v15 !== "string") return false;
  if (v15.length > 5000 && tooLong(v15, 5000)) return false;
  const v16 = v.giropay;
  if (v16 !== undefined) {
    if (!testSourceTypeGiropay(v16, c)) return false;
  }
  const v17 = v.id;
  if (typeof v17 !== "string") return false;
  if (v17.length > 5000 && tooLong(v17, 5000)) return false;
  const v18 = v.ideal;
  if (v18 !== undefined) {
    if (!testSourceTypeIdeal(v18, c)) return false;
  }
  const v19 = v.klarna;
  if (v19 !== undefined) {
    if (!testSourceTypeKlarna(v19, c)) return false;
  }
  const v20 = v.livemode;
  if (typeof v20 !== "boolean") return false;
  const v21 = v.metadata;
  if (v21 !== undefined && v21 !== null) {
    if (!isObject(v21)) return false;
    for (const k2 of Object.keys(v21)) {
      const v22 = entry(v21, k2);
      if (typeof v22 !== "string") return false;
      if (v22.length > 500 && tooLong(v22, 500)) return false;
    }
  }
  const v23 = v.multibanco;
  if (v23 !== undefined) {
    if (!testSourceTypeMultibanco(v23, c)) return false;
  }
  const v24 = v.object;
  if (v24 !== "source") return false;
  const v25 = v.owner;
  if (v25 !== undefined && v25 !== null) {
    if (!testSourceOwner(v25, c)) return false;
  }
  const v26 = v.p24;
  if (v26 !== undefined) {
    if (!testSourceTypeP24(v26, c)) return false;
  }
  const v27 = v.receiver;
  if (v27 !== undefined) {
    if (!testSourceReceiverFlow(v27, c)) return false;
  }
  const v28 = v.redirect;
  if (v28 !== undefined) {
    if (!testSourceRedirectFlow(v28, c)) return false;
  }
  const v29 = v.sepa_debit;
  if (v29 !== undefined) {
    if (!testSourceTypeSepaDebit(v29, c)) return false;
  }
  const v30 = v.sofort;
  if (v30 !== undefined) {
    if (!testSourceTypeSofort(v30, c)) return false;
  }
  const v31 = v.source_order;
  if (v31 !== undefined) {
    if (!testSourceOrder(v31, c)) return false;
  }
  const v32 = v.statement_descriptor;
  if (v32 !== undefined && v32 !== null) {
    if (typeof v32 !== "string") return false;
    if (v32.length > 5000 && tooLong(v32, 5000)) return false;
  }
  const v33 = v.status;
  if (typeof v33 !== "string") return false;
  if (v33.length > 5000 && tooLong(v33, 5000)) return false;
  const v34 = v.three_d_secure;
  if (v34 !== undefined) {
    if (!testSourceTypeThreeDSecure(v34, c)) return false;
  }
  const v35 = v.type;
  if (typeof v35 !== "string") return false;
  const v36 = v.usage;
  if (v36 !== undefined && v36 !== null) {
    if (typeof v36 !== "string") return false;
    if (v36.length > 5000 && tooLong(v36, 5000)) return false;
  }
  const v37 = v.wechat;
  if (v37 !== undefined) {
    if (!testSourceTypeWechat(v37, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    ach_credit_transfer: opt(ref(SourceTypeAchCreditTransfer)),
    ach_debit: opt(ref(SourceTypeAchDebit)),
    acss_debit: opt(ref(SourceTypeAcssDebit)),
    alipay: opt(ref(SourceTypeAlipay)),
    amount: opt(nul(int())),
    au_becs_debit: opt(ref(SourceTypeAuBecsDebit)),
    bancontact: opt(ref(SourceTypeBancontact)),
    card: opt(ref(SourceTypeCard)),
    card_present: opt(ref(SourceTypeCardPresent)),
    client_secret: req(str()),
    code_verification: opt(ref(SourceCodeVerificationFlow)),
    created: req(int("unix-time")),
    currency: opt(nul(str())),
    customer: opt(str()),
    eps: opt(ref(SourceTypeEps)),
    flow: req(str()),
    giropay: opt(ref(SourceTypeGiropay)),
    id: req(str()),
    ideal: opt(ref(SourceTypeIdeal)),
    klarna: opt(ref(SourceTypeKlarna)),
    livemode: req(bool()),
    metadata: opt(nul(obj({}, str()))),
    multibanco: opt(ref(SourceTypeMultibanco)),
    object: req(oneOf(e0)),
    owner: opt(nul(ref(SourceOwner))),
    p24: opt(ref(SourceTypeP24)),
    receiver: opt(ref(SourceReceiverFlow)),
    redirect: opt(ref(SourceRedirectFlow)),
    sepa_debit: opt(ref(SourceTypeSepaDebit)),
    sofort: opt(ref(SourceTypeSofort)),
    source_order: opt(ref(SourceOrder)),
    statement_descriptor: opt(nul(str())),
    status: req(str()),
    three_d_secure: opt(ref(SourceTypeThreeDSecure)),
    type: req(oneOf(e1, true)),
    usage: opt(nul(str())),
    wechat: opt(ref(SourceTypeWechat)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source",
  branch: "source",
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
  schema as Source,
  validateInput as validateSource,
  isValid as isSource,
  check as checkSource,
  test as testSource,
};
