/** @schema `treasury_shared_resource_initiating_payment_method_details_us_bank_account` */
export type TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount =
  {
    /**
     * Bank name.
     *
     * @maxLength 5000
     */
    bank_name?: string | null;
    /**
     * The last four digits of the bank account number.
     *
     * @maxLength 5000
     */
    last4?: string | null;
    /**
     * The routing number for the bank account.
     *
     * @maxLength 5000
     */
    routing_number?: string | null;
  };
