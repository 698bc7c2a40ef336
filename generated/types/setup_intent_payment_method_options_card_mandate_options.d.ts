/** @schema `setup_intent_payment_method_options_card_mandate_options` */
export type SetupIntentPaymentMethodOptionsCardMandateOptions = {
  /** Amount to be charged for future payments. */
  amount: number;
  /** One of `fixed` or `maximum`. If `fixed`, the `amount` param refers to the exact amount to be charged in future payments. If `maximum`, the amount charged can be up to the value passed for the `amount` param. */
  amount_type: "fixed" | "maximum";
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /**
   * A description of the mandate or subscription that is meant to be displayed to the customer.
   *
   * @maxLength 200
   */
  description?: string | null;
  /**
   * End date of the mandate or subscription. If not provided, the mandate will be active until canceled. If provided, end date should be after start date.
   *
   * @format unix-time
   */
  end_date?: number | null;
  /** Specifies payment frequency. One of `day`, `week`, `month`, `year`, or `sporadic`. */
  interval: "day" | "month" | "sporadic" | "week" | "year";
  /** The number of intervals between payments. For example, `interval=month` and `interval_count=3` indicates one payment every three months. Maximum of one year interval allowed (1 year, 12 months, or 52 weeks). This parameter is optional when `interval=sporadic`. */
  interval_count?: number | null;
  /**
   * Unique identifier for the mandate or subscription.
   *
   * @maxLength 80
   */
  reference: string;
  /**
   * Start date of the mandate or subscription. Start date should not be lesser than yesterday.
   *
   * @format unix-time
   */
  start_date: number;
  /** Specifies the type of mandates supported. Possible values are `india`. */
  supported_types?: "india"[] | null;
};
