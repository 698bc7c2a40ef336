/**
 * Login Links are single-use login link for an Express account to access their Stripe dashboard.
 *
 * @schema `login_link`
 */
export type LoginLink = {
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "login_link";
  /**
   * The URL for the login link.
   *
   * @maxLength 5000
   */
  url: string;
};
