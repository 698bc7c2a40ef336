import {
  deeper,
  enter,
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
import { bool, int, obj, oneOf, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  SourceTransactionAchCreditTransferData,
  checkSourceTransactionAchCreditTransferData,
  testSourceTransactionAchCreditTransferData,
} from "./source_transaction_ach_credit_transfer_data.js";
import {
  SourceTransactionChfCreditTransferData,
  checkSourceTransactionChfCreditTransferData,
  testSourceTransactionChfCreditTransferData,
} from "./source_transaction_chf_credit_transfer_data.js";
import {
  SourceTransactionGbpCreditTransferData,
  checkSourceTransactionGbpCreditTransferData,
  testSourceTransactionGbpCreditTransferData,
} from "./source_transaction_gbp_credit_transfer_data.js";
import {
  SourceTransactionPaperCheckData,
  checkSourceTransactionPaperCheckData,
  testSourceTransactionPaperCheckData,
} from "./source_transaction_paper_check_data.js";
import {
  SourceTransactionSepaCreditTransferData,
  checkSourceTransactionSepaCreditTransferData,
  testSourceTransactionSepaCreditTransferData,
} from "./source_transaction_sepa_credit_transfer_data.js";

const e0 = /* @__PURE__ */ set(["source_transaction"]);
const e1 = /* @__PURE__ */ set([
  "ach_credit_transfer",
  "ach_debit",
  "alipay",
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
const k0 = /* @__PURE__ */ set([
  "ach_credit_transfer",
  "amount",
  "chf_credit_transfer",
  "created",
  "currency",
  "gbp_credit_transfer",
  "id",
  "livemode",
  "object",
  "paper_check",
  "sepa_credit_transfer",
  "source",
  "status",
  "type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.ach_credit_transfer;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkSourceTransactionAchCreditTransferData,
      v0,
      ok,
      "ach_credit_transfer",
    );
  }
  const v1 = v.amount;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["amount"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["amount"], "integer", v1);
    }
  }
  const v2 = v.chf_credit_transfer;
  if (v2 !== undefined) {
    ok = into(
      c,
      checkSourceTransactionChfCreditTransferData,
      v2,
      ok,
      "chf_credit_transfer",
    );
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
  const v5 = v.gbp_credit_transfer;
  if (v5 !== undefined) {
    ok = into(
      c,
      checkSourceTransactionGbpCreditTransferData,
      v5,
      ok,
      "gbp_credit_transfer",
    );
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
  const v7 = v.livemode;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["livemode"], v7, ok);
  } else {
    if (typeof v7 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v7);
    }
  }
  const v8 = v.object;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["object"], v8, ok);
  } else {
    if (!e0.has(v8)) {
      ok = notInEnum(c, ["object"], e0, v8, ok);
    }
  }
  const v9 = v.paper_check;
  if (v9 !== undefined) {
    ok = into(c, checkSourceTransactionPaperCheckData, v9, ok, "paper_check");
  }
  const v10 = v.sepa_credit_transfer;
  if (v10 !== undefined) {
    ok = into(
      c,
      checkSourceTransactionSepaCreditTransferData,
      v10,
      ok,
      "sepa_credit_transfer",
    );
  }
  const v11 = v.source;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["source"], v11, ok);
  } else {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["source"], "string", v11);
    } else if (v11.length > 5000 && tooLong(v11, 5000)) {
      ok = longFail(c, ["source"], 5000, v11);
    }
  }
  const v12 = v.status;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["status"], v12, ok);
  } else {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["status"], "string", v12);
    } else if (v12.length > 5000 && tooLong(v12, 5000)) {
      ok = longFail(c, ["status"], 5000, v12);
    }
  }
  const v13 = v.type;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["type"], v13, ok);
  } else {
    if (!e1.has(v13)) {
      ok = notInEnum(c, ["type"], e1, v13, ok);
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
  const v0 = v.ach_credit_transfer;
  if (v0 !== undefined) {
    if (!testSourceTransactionAchCreditTransferData(v0, c)) return false;
  }
  const v1 = v.amount;
  if (!isInt(v1)) return false;
  const v2 = v.chf_credit_transfer;
  if (v2 !== undefined) {
    if (!testSourceTransactionChfCreditTransferData(v2, c)) return false;
  }
  const v3 = v.created;
  if (!isInt(v3)) return false;
  const v4 = v.currency;
  if (typeof v4 !== "string") return false;
  const v5 = v.gbp_credit_transfer;
  if (v5 !== undefined) {
    if (!testSourceTransactionGbpCreditTransferData(v5, c)) return false;
  }
  const v6 = v.id;
  if (typeof v6 !== "string") return false;
  if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  const v7 = v.livemode;
  if (typeof v7 !== "boolean") return false;
  const v8 = v.object;
  if (v8 !== "source_transaction") return false;
  const v9 = v.paper_check;
  if (v9 !== undefined) {
    if (!testSourceTransactionPaperCheckData(v9, c)) return false;
  }
  const v10 = v.sepa_credit_transfer;
  if (v10 !== undefined) {
    if (!testSourceTransactionSepaCreditTransferData(v10, c)) return false;
  }
  const v11 = v.source;
  if (typeof v11 !== "string") return false;
  if (v11.length > 5000 && tooLong(v11, 5000)) return false;
  const v12 = v.status;
  if (typeof v12 !== "string") return false;
  if (v12.length > 5000 && tooLong(v12, 5000)) return false;
  const v13 = v.type;
  if (!e1.has(v13)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    ach_credit_transfer: opt(ref(SourceTransactionAchCreditTransferData)),
    amount: req(int()),
    chf_credit_transfer: opt(ref(SourceTransactionChfCreditTransferData)),
    created: req(int("unix-time")),
    currency: req(str()),
    gbp_credit_transfer: opt(ref(SourceTransactionGbpCreditTransferData)),
    id: req(str()),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    paper_check: opt(ref(SourceTransactionPaperCheckData)),
    sepa_credit_transfer: opt(ref(SourceTransactionSepaCreditTransferData)),
    source: req(str()),
    status: req(str()),
    type: req(oneOf(e1)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source_transaction",
  branch: "source_transaction",
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
  schema as SourceTransaction,
  validateInput as validateSourceTransaction,
  isValid as isSourceTransaction,
  check as checkSourceTransaction,
  test as testSourceTransaction,
};
