import type { BankAccount } from "./bank_account.js";
import type { Card } from "./card.js";
import type { PaymentIntent } from "./payment_intent.js";
import type { PaymentMethod } from "./payment_method.js";
import type { SetupIntent } from "./setup_intent.js";
import type { Source } from "./source.js";

/** @schema `api_errors` */
export type ApiErrors = {
  /**
   * For card errors, the ID of the failed charge.
   *
   * @maxLength 5000
   */
  charge?: string;
  /**
   * For some errors that could be handled programmatically, a short string indicating the [error code](https://stripe.com/docs/error-codes) reported.
   *
   * @maxLength 5000
   */
  code?: string;
  /**
   * For card errors resulting from a card issuer decline, a short string indicating the [card issuer's reason for the decline](https://stripe.com/docs/declines#issuer-declines) if they provide one.
   *
   * @maxLength 5000
   */
  decline_code?: string;
  /**
   * A URL to more information about the [error code](https://stripe.com/docs/error-codes) reported.
   *
   * @maxLength 5000
   */
  doc_url?: string;
  /**
   * A human-readable message providing more details about the error. For card errors, these messages can be shown to your users.
   *
   * @maxLength 40000
   */
  message?: string;
  /**
   * If the error is parameter-specific, the parameter related to the error. For example, you can use this to display a message near the correct form field.
   *
   * @maxLength 5000
   */
  param?: string;
  payment_intent?: PaymentIntent;
  payment_method?: PaymentMethod;
  /**
   * If the error is specific to the type of payment method, the payment method type that had a problem. This field is only populated for invoice-related errors.
   *
   * @maxLength 5000
   */
  payment_method_type?: string;
  /**
   * A URL to the request log entry in your dashboard.
   *
   * @maxLength 5000
   */
  request_log_url?: string;
  setup_intent?: SetupIntent;
  /** The source object for errors returned on a request involving a source. */
  source?: BankAccount | Card | Source;
  /** The type of error returned. One of `api_error`, `card_error`, `idempotency_error`, or `invalid_request_error` */
  type:
    "api_error" | "card_error" | "idempotency_error" | "invalid_request_error";
};
