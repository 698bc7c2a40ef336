import {
  anyOf,
  deeper,
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
} from "./setup_intent_payment_method_options_acss_debit.js";
import {
  SetupIntentPaymentMethodOptionsCard,
  checkSetupIntentPaymentMethodOptionsCard,
} from "./setup_intent_payment_method_options_card.js";
import {
  SetupIntentPaymentMethodOptionsLink,
  checkSetupIntentPaymentMethodOptionsLink,
} from "./setup_intent_payment_method_options_link.js";
import {
  SetupIntentPaymentMethodOptionsPaypal,
  checkSetupIntentPaymentMethodOptionsPaypal,
} from "./setup_intent_payment_method_options_paypal.js";
import {
  SetupIntentPaymentMethodOptionsSepaDebit,
  checkSetupIntentPaymentMethodOptionsSepaDebit,
} from "./setup_intent_payment_method_options_sepa_debit.js";
import {
  SetupIntentPaymentMethodOptionsUsBankAccount,
  checkSetupIntentPaymentMethodOptionsUsBankAccount,
} from "./setup_intent_payment_method_options_us_bank_account.js";
import {
  SetupIntentTypeSpecificPaymentMethodOptionsClient,
  checkSetupIntentTypeSpecificPaymentMethodOptionsClient,
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
const k0 = set([
  "acss_debit",
  "card",
  "link",
  "paypal",
  "sepa_debit",
  "us_bank_account",
]);

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
  shape,
});

function validateInput(input, options) {
  return validate(check, input, options);
}

function isValid(input) {
  return is(check, input);
}

export {
  schema as SetupIntentPaymentMethodOptions,
  validateInput as validateSetupIntentPaymentMethodOptions,
  isValid as isSetupIntentPaymentMethodOptions,
  check as checkSetupIntentPaymentMethodOptions,
};
