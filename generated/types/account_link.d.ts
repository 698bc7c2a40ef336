/**
 * Account Links are the means by which a Connect platform grants a connected account permission to access
 * Stripe-hosted applications, such as Connect Onboarding.
 *
 * Related guide: [Connect Onboarding](https://stripe.com/docs/connect/custom/hosted-onboarding)
 *
 * @schema `account_link`
 */
export type AccountLink = {
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * The timestamp at which this account link will expire.
   *
   * @format unix-time
   */
  expires_at: number;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "account_link";
  /**
   * The URL for the account link.
   *
   * @maxLength 5000
   */
  url: string;
};
