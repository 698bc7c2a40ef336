import type { PaymentIntentNextActionKonbiniFamilymart } from "./payment_intent_next_action_konbini_familymart.js";
import type { PaymentIntentNextActionKonbiniLawson } from "./payment_intent_next_action_konbini_lawson.js";
import type { PaymentIntentNextActionKonbiniMinistop } from "./payment_intent_next_action_konbini_ministop.js";
import type { PaymentIntentNextActionKonbiniSeicomart } from "./payment_intent_next_action_konbini_seicomart.js";

/** @schema `payment_intent_next_action_konbini_stores` */
export type PaymentIntentNextActionKonbiniStores = {
  /** FamilyMart instruction details. */
  familymart?: PaymentIntentNextActionKonbiniFamilymart | null;
  /** Lawson instruction details. */
  lawson?: PaymentIntentNextActionKonbiniLawson | null;
  /** Ministop instruction details. */
  ministop?: PaymentIntentNextActionKonbiniMinistop | null;
  /** Seicomart instruction details. */
  seicomart?: PaymentIntentNextActionKonbiniSeicomart | null;
};
