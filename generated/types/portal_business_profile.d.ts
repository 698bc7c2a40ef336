/** @schema `portal_business_profile` */
export type PortalBusinessProfile = {
  /**
   * The messaging shown to customers in the portal.
   *
   * @maxLength 5000
   */
  headline?: string | null;
  /**
   * A link to the business’s publicly available privacy policy.
   *
   * @maxLength 5000
   */
  privacy_policy_url?: string | null;
  /**
   * A link to the business’s publicly available terms of service.
   *
   * @maxLength 5000
   */
  terms_of_service_url?: string | null;
};
