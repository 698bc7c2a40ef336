/** @schema `issuing_authorization_amount_details` */
export type IssuingAuthorizationAmountDetails = {
  /** The fee charged by the ATM for the cash withdrawal. */
  atm_fee?: number | null;
  /** The amount of cash requested by the cardholder. */
  cashback_amount?: number | null;
};
