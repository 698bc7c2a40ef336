import type { Charge } from "./charge.js";
import type { SetupAttempt } from "./setup_attempt.js";

/** @schema `sepa_debit_generated_from` */
export type SepaDebitGeneratedFrom = {
  /**
   * The ID of the Charge that generated this PaymentMethod, if any.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  charge?: string | Charge | null;
  /**
   * The ID of the SetupAttempt that generated this PaymentMethod, if any.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  setup_attempt?: string | SetupAttempt | null;
};
