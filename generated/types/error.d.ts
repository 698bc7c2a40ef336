import type { ApiErrors } from "./api_errors.js";

/**
 * An error response from the Stripe API
 *
 * @see Spec schema `error`
 */
export interface Error {
  error: ApiErrors;
}
