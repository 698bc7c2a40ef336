import type { AccountMonthlyEstimatedRevenue } from "./account_monthly_estimated_revenue.js";
import type { Address } from "./address.js";

/** @schema `account_business_profile` */
export type AccountBusinessProfile = {
  /**
   * [The merchant category code for the account](https://stripe.com/docs/connect/setting-mcc). MCCs are used to classify businesses based on the goods or services they provide.
   *
   * @maxLength 5000
   */
  mcc?: string | null;
  monthly_estimated_revenue?: AccountMonthlyEstimatedRevenue;
  /**
   * The customer-facing business name.
   *
   * @maxLength 5000
   */
  name?: string | null;
  /**
   * Internal-only description of the product sold or service provided by the business. It's used by Stripe for risk and underwriting purposes.
   *
   * @maxLength 40000
   */
  product_description?: string | null;
  /** A publicly available mailing address for sending support issues to. */
  support_address?: Address | null;
  /**
   * A publicly available email address for sending support issues to.
   *
   * @maxLength 5000
   */
  support_email?: string | null;
  /**
   * A publicly available phone number to call with support issues.
   *
   * @maxLength 5000
   */
  support_phone?: string | null;
  /**
   * A publicly available website for handling support issues.
   *
   * @maxLength 5000
   */
  support_url?: string | null;
  /**
   * The business's publicly available website.
   *
   * @maxLength 5000
   */
  url?: string | null;
};
