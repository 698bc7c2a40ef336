import type { Application } from "./application.js";
import type { DeletedApplication } from "./deleted_application.js";
import type { PortalBusinessProfile } from "./portal_business_profile.js";
import type { PortalFeatures } from "./portal_features.js";
import type { PortalLoginPage } from "./portal_login_page.js";

/**
 * A portal configuration describes the functionality and behavior of a portal session.
 *
 * @schema `billing_portal.configuration`
 */
export type BillingPortalConfiguration = {
  /** Whether the configuration is active and can be used to create portal sessions. */
  active: boolean;
  /**
   * ID of the Connect Application that created the configuration.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  application?: string | Application | DeletedApplication | null;
  business_profile: PortalBusinessProfile;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * The default URL to redirect customers to when they click on the portal's link to return to your website. This can be [overriden](https://stripe.com/docs/api/customer_portal/sessions/create#create_portal_session-return_url) when creating the session.
   *
   * @maxLength 5000
   */
  default_return_url?: string | null;
  features: PortalFeatures;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Whether the configuration is the default. If `true`, this configuration can be managed in the Dashboard and portal sessions will use this configuration unless it is overriden when creating the session. */
  is_default: boolean;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  login_page: PortalLoginPage;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string } | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "billing_portal.configuration";
  /**
   * Time at which the object was last updated. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  updated: number;
};
