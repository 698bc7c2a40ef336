import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  IssuingAuthorization,
  checkIssuingAuthorization,
  testIssuingAuthorization,
} from "./issuing.authorization.js";
import {
  TreasuryCreditReversal,
  checkTreasuryCreditReversal,
  testTreasuryCreditReversal,
} from "./treasury.credit_reversal.js";
import {
  TreasuryDebitReversal,
  checkTreasuryDebitReversal,
  testTreasuryDebitReversal,
} from "./treasury.debit_reversal.js";
import {
  TreasuryInboundTransfer,
  checkTreasuryInboundTransfer,
  testTreasuryInboundTransfer,
} from "./treasury.inbound_transfer.js";
import {
  TreasuryOutboundPayment,
  checkTreasuryOutboundPayment,
  testTreasuryOutboundPayment,
} from "./treasury.outbound_payment.js";
import {
  TreasuryOutboundTransfer,
  checkTreasuryOutboundTransfer,
  testTreasuryOutboundTransfer,
} from "./treasury.outbound_transfer.js";
import {
  TreasuryReceivedCredit,
  checkTreasuryReceivedCredit,
  testTreasuryReceivedCredit,
} from "./treasury.received_credit.js";
import {
  TreasuryReceivedDebit,
  checkTreasuryReceivedDebit,
  testTreasuryReceivedDebit,
} from "./treasury.received_debit.js";

const e0 = /* @__PURE__ */ set([
  "credit_reversal",
  "debit_reversal",
  "inbound_transfer",
  "issuing_authorization",
  "other",
  "outbound_payment",
  "outbound_transfer",
  "received_credit",
  "received_debit",
]);
const k0 = /* @__PURE__ */ set([
  "credit_reversal",
  "debit_reversal",
  "inbound_transfer",
  "issuing_authorization",
  "outbound_payment",
  "outbound_transfer",
  "received_credit",
  "received_debit",
  "type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.credit_reversal;
  if (v0 !== undefined) {
    ok = into(c, checkTreasuryCreditReversal, v0, ok, "credit_reversal");
  }
  const v1 = v.debit_reversal;
  if (v1 !== undefined) {
    ok = into(c, checkTreasuryDebitReversal, v1, ok, "debit_reversal");
  }
  const v2 = v.inbound_transfer;
  if (v2 !== undefined) {
    ok = into(c, checkTreasuryInboundTransfer, v2, ok, "inbound_transfer");
  }
  const v3 = v.issuing_authorization;
  if (v3 !== undefined) {
    ok = into(c, checkIssuingAuthorization, v3, ok, "issuing_authorization");
  }
  const v4 = v.outbound_payment;
  if (v4 !== undefined) {
    ok = into(c, checkTreasuryOutboundPayment, v4, ok, "outbound_payment");
  }
  const v5 = v.outbound_transfer;
  if (v5 !== undefined) {
    ok = into(c, checkTreasuryOutboundTransfer, v5, ok, "outbound_transfer");
  }
  const v6 = v.received_credit;
  if (v6 !== undefined) {
    ok = into(c, checkTreasuryReceivedCredit, v6, ok, "received_credit");
  }
  const v7 = v.received_debit;
  if (v7 !== undefined) {
    ok = into(c, checkTreasuryReceivedDebit, v7, ok, "received_debit");
  }
  const v8 = v.type;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["type"], v8, ok);
  } else {
    if (!e0.has(v8)) {
      ok = notInEnum(c, ["type"], e0, v8, ok);
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
  const v0 = v.credit_reversal;
  if (v0 !== undefined) {
    if (!testTreasuryCreditReversal(v0, c)) return false;
  }
  const v1 = v.debit_reversal;
  if (v1 !== undefined) {
    if (!testTreasuryDebitReversal(v1, c)) return false;
  }
  const v2 = v.inbound_transfer;
  if (v2 !== undefined) {
    if (!testTreasuryInboundTransfer(v2, c)) return false;
  }
  const v3 = v.issuing_authorization;
  if (v3 !== undefined) {
    if (!testIssuingAuthorization(v3, c)) return false;
  }
  const v4 = v.outbound_payment;
  if (v4 !== undefined) {
    if (!testTreasuryOutboundPayment(v4, c)) return false;
  }
  const v5 = v.outbound_transfer;
  if (v5 !== undefined) {
    if (!testTreasuryOutboundTransfer(v5, c)) return false;
  }
  const v6 = v.received_credit;
  if (v6 !== undefined) {
    if (!testTreasuryReceivedCredit(v6, c)) return false;
  }
  const v7 = v.received_debit;
  if (v7 !== undefined) {
    if (!testTreasuryReceivedDebit(v7, c)) return false;
  }
  const v8 = v.type;
  if (!e0.has(v8)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    credit_reversal: opt(ref(TreasuryCreditReversal)),
    debit_reversal: opt(ref(TreasuryDebitReversal)),
    inbound_transfer: opt(ref(TreasuryInboundTransfer)),
    issuing_authorization: opt(ref(IssuingAuthorization)),
    outbound_payment: opt(ref(TreasuryOutboundPayment)),
    outbound_transfer: opt(ref(TreasuryOutboundTransfer)),
    received_credit: opt(ref(TreasuryReceivedCredit)),
    received_debit: opt(ref(TreasuryReceivedDebit)),
    type: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "treasury_transactions_resource_flow_details",
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
  schema as TreasuryTransactionsResourceFlowDetails,
  validateInput as validateTreasuryTransactionsResourceFlowDetails,
  isValid as isTreasuryTransactionsResourceFlowDetails,
  check as checkTreasuryTransactionsResourceFlowDetails,
  test as testTreasuryTransactionsResourceFlowDetails,
};
