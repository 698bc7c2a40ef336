/** @schema `invoice_payment_method_options_bancontact` */
export type InvoicePaymentMethodOptionsBancontact = {
  /** Preferred language of the Bancontact authorization page that the customer is redirected to. */
  preferred_language: "de" | "en" | "fr" | "nl";
};
