/** @schema `issuing_cardholder_requirements` */
export type IssuingCardholderRequirements = {
  /** If `disabled_reason` is present, all cards will decline authorizations with `cardholder_verification_required` reason. */
  disabled_reason?:
    | "listed"
    | "rejected.listed"
    | "requirements.past_due"
    | "under_review"
    | null;
  /** Array of fields that need to be collected in order to verify and re-enable the cardholder. */
  past_due?:
    | (
        | "company.tax_id"
        | "individual.card_issuing.user_terms_acceptance.date"
        | "individual.card_issuing.user_terms_acceptance.ip"
        | "individual.dob.day"
        | "individual.dob.month"
        | "individual.dob.year"
        | "individual.first_name"
        | "individual.last_name"
        | "individual.verification.document"
        | (string & {})
      )[]
    | null;
};
