import type { CountrySpecVerificationFieldDetails } from "./country_spec_verification_field_details.js";

/** @schema `country_spec_verification_fields` */
export type CountrySpecVerificationFields = {
  company: CountrySpecVerificationFieldDetails;
  individual: CountrySpecVerificationFieldDetails;
};
