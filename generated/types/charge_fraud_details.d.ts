/** @schema `charge_fraud_details` */
export type ChargeFraudDetails = {
  /**
   * Assessments from Stripe. If set, the value is `fraudulent`.
   *
   * @maxLength 5000
   */
  stripe_report?: string;
  /**
   * Assessments reported by you. If set, possible values of are `safe` and `fraudulent`.
   *
   * @maxLength 5000
   */
  user_report?: string;
};
