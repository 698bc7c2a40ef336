import {
  anyOf,
  anyOfTest,
  deeper,
  enter,
  into,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, opt, ref, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  SetupIntentPaymentMethodOptionsAcssDebit,
  checkSetupIntentPaymentMethodOptionsAcssDebit,
  testSetupIntentPaymentMethodOptionsAcssDebit,
} from "./setup_intent_payment_method_options_acss_debit.js";
import {
  SetupIntentPaymentMethodOptionsCard,
  checkSetupIntentPaymentMethodOptionsCard,
  testSetupIntentPaymentMethodOptionsCard,
} from "./setup_intent_payment_method_options_card.js";
import {
  SetupIntentPaymentMethodOptionsLink,
  checkSetupIntentPaymentMethodOptionsLink,
  testSetupIntentPaymentMethodOptionsLink,
} from "./setup_intent_payment_method_options_link.js";
import {
  SetupIntentPaymentMethodOptionsPaypal,
  checkSetupIntentPaymentMethodOptionsPaypal,
  testSetupIntentPaymentMethodOptionsPaypal,
} from "./setup_intent_payment_method_options_paypal.js";
import {
  SetupIntentPaymentMethodOptionsSepaDebit,
  checkSetupIntentPaymentMethodOptionsSepaDebit,
  testSetupIntentPaymentMethodOptionsSepaDebit,
} from "./setup_intent_payment_method_options_sepa_debit.js";
import {
  SetupIntentPaymentMethodOptionsUsBankAccount,
  checkSetupIntentPaymentMethodOptionsUsBankAccount,
  testSetupIntentPaymentMethodOptionsUsBankAccount,
} from "./setup_intent_payment_method_options_us_bank_account.js";
import {
  SetupIntentTypeSpecificPaymentMethodOptionsClient,
  checkSetupIntentTypeSpecificPaymentMethodOptionsClient,
  testSetupIntentTypeSpecificPaymentMethodOptionsClient,
} from "./setup_intent_type_specific_payment_method_options_client.js";

const a0 = [u0, u1];
const n0 = [
  "setup_intent_payment_method_options_acss_debit",
  "setup_intent_type_specific_payment_method_options_client",
];
const a1 = [u3, u4];
const n1 = [
  "setup_intent_payment_method_options_link",
  "setup_intent_type_specific_payment_method_options_client",
];
const a2 = [u6, u7];
const n2 = [
  "setup_intent_payment_method_options_paypal",
  "setup_intent_type_specific_payment_method_options_client",
];
const a3 = [u9, u10];
const n3 = [
  "setup_intent_payment_method_options_sepa_debit",
  "setup_intent_type_specific_payment_method_options_client",
];
const a4 = [u12, u13];
const n4 = [
  "setup_intent_payment_method_options_us_bank_account",
  "setup_intent_type_specific_payment_method_options_client",
];
const k0 = /* @__PURE__ */ set([
  "acss_debit",
  "card",
  "link",
  "paypal",
  "sepa_debit",
  "us_bank_account",
]);
const a5 = [u15, u16];
const a6 = [u17, u18];
const a7 = [u19, u20];
const a8 = [u21, u22];
const a9 = [u23, u24];

function u0(v, c) {
  return checkSetupIntentPaymentMethodOptionsAcssDebit(v, c);
}

function u1(v, c) {
  return checkSetupIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u2(v, c) {
  return anyOf(c, a0, n0, v);
}

function u3(v, c) {
  return checkSetupIntentPaymentMethodOptionsLink(v, c);
}

function u4(v, c) {
  return checkSetupIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u5(v, c) {
  return anyOf(c, a1, n1, v);
}

function u6(v, c) {
  return checkSetupIntentPaymentMethodOptionsPaypal(v, c);
}

function u7(v, c) {
  return checkSetupIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u8(v, c) {
  return anyOf(c, a2, n2, v);
}

function u9(v, c) {
  return checkSetupIntentPaymentMethodOptionsSepaDebit(v, c);
}

function u10(v, c) {
  return checkSetupIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u11(v, c) {
  return anyOf(c, a3, n3, v);
}

function u12(v, c) {
  return checkSetupIntentPaymentMethodOptionsUsBankAccount(v, c);
}

function u13(v, c) {
  return checkSetupIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u14(v, c) {
  return anyOf(c, a4, n4, v);
}

function u15(v, c) {
  return testSetupIntentPaymentMethodOptionsAcssDebit(v, c);
}

function u16(v, c) {
  return testSetupIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u17(v, c) {
  return testSetupIntentPaymentMethodOptionsLink(v, c);
}

function u18(v, c) {
  return testSetupIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u19(v, c) {
  return testSetupIntentPaymentMethodOptionsPaypal(v, c);
}

function u20(v, c) {
  return testSetupIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u21(v, c) {
  return testSetupIntentPaymentMethodOptionsSepaDebit(v, c);
}

function u22(v, c) {
  return testSetupIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function u23(v, c) {
  return testSetupIntentPaymentMethodOptionsUsBankAccount(v, c);
}

function u24(v, c) {
  return testSetupIntentTypeSpecificPaymentMethodOptionsClient(v, c);
}

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.acss_debit;
  if (v0 !== undefined) {
    ok = into(c, u2, v0, ok, "acss_debit");
  }
  const v1 = v.card;
  if (v1 !== undefined) {
    ok = into(c, checkSetupIntentPaymentMethodOptionsCard, v1, ok, "card");
  }
  const v2 = v.link;
  if (v2 !== undefined) {
    ok = into(c, u5, v2, ok, "link");
  }
  const v3 = v.paypal;
  if (v3 !== undefined) {
    ok = into(c, u8, v3, ok, "paypal");
  }
  const v4 = v.sepa_debit;
  if (v4 !== undefined) {
    ok = into(c, u11, v4, ok, "sepa_debit");
  }
  const v5 = v.us_bank_account;
  if (v5 !== undefined) {
    ok = into(c, u14, v5, ok, "us_bank_account");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.acss_debit;
  if (v0 !== undefined) {
    if (!anyOfTest(c, a5, v0)) return false;
  }
  const v1 = v.card;
  if (v1 !== undefined) {
    if (!testSetupIntentPaymentMethodOptionsCard(v1, c)) return false;
  }
  const v2 = v.link;
  if (v2 !== undefined) {
    if (!anyOfTest(c, a6, v2)) return false;
  }
  const v3 = v.paypal;
  if (v3 !== undefined) {
    if (!anyOfTest(c, a7, v3)) return false;
  }
  const v4 = v.sepa_debit;
  if (v4 !== undefined) {
    if (!anyOfTest(c, a8, v4)) return false;
  }
  const v5 = v.us_bank_account;
  if (v5 !== undefined) {
    if (!anyOfTest(c, a9, v5)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    acss_debit: opt(
      union(
        ref(SetupIntentPaymentMethodOptionsAcssDebit),
        ref(SetupIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    card: opt(ref(SetupIntentPaymentMethodOptionsCard)),
    link: opt(
      union(
        ref(SetupIntentPaymentMethodOptionsLink),
        ref(SetupIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    paypal: opt(
      union(
        ref(SetupIntentPaymentMethodOptionsPaypal),
        ref(SetupIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    sepa_debit: opt(
      union(
        ref(SetupIntentPaymentMethodOptionsSepaDebit),
        ref(SetupIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
    us_bank_account: opt(
      union(
        ref(SetupIntentPaymentMethodOptionsUsBankAccount),
        ref(SetupIntentTypeSpecificPaymentMethodOptionsClient),
      ),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "setup_intent_payment_method_options",
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
  schema as SetupIntentPaymentMethodOptions,
  validateInput as validateSetupIntentPaymentMethodOptions,
  isValid as isSetupIntentPaymentMethodOptions,
  check as checkSetupIntentPaymentMethodOptions,
  test as testSetupIntentPaymentMethodOptions,
};
