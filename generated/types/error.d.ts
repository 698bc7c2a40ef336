import type { ApiErrors } from "./api_errors.js";

/**
 * An error response from the Stripe API
 *
 * @schema `error`
 */
export type Error = {
  error: ApiErrors;
};
