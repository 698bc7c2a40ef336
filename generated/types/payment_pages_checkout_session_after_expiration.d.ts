import type { PaymentPagesCheckoutSessionAfterExpirationRecovery } from "./payment_pages_checkout_session_after_expiration_recovery.js";

/** @schema `payment_pages_checkout_session_after_expiration` */
export type PaymentPagesCheckoutSessionAfterExpiration = {
  /** When set, configuration used to recover the Checkout Session on expiry. */
  recovery?: PaymentPagesCheckoutSessionAfterExpirationRecovery | null;
};
