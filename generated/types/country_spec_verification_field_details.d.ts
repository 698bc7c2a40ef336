/** @schema `country_spec_verification_field_details` */
export type CountrySpecVerificationFieldDetails = {
  /** Additional fields which are only required for some users. */
  additional: string[];
  /** Fields which every account must eventually provide. */
  minimum: string[];
};
