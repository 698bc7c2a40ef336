/** @schema `setup_intent_type_specific_payment_method_options_client` */
export type SetupIntentTypeSpecificPaymentMethodOptionsClient = {
  /** Bank account verification method. */
  verification_method?:
    "automatic" | "instant" | "microdeposits" | (string & {});
};
