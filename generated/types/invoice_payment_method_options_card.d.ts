import type { InvoiceInstallmentsCard } from "./invoice_installments_card.js";

/** @schema `invoice_payment_method_options_card` */
export type InvoicePaymentMethodOptionsCard = {
  installments?: InvoiceInstallmentsCard;
  /** We strongly recommend that you rely on our SCA Engine to automatically prompt your customers for authentication based on risk level and [other requirements](https://stripe.com/docs/strong-customer-authentication). However, if you wish to request 3D Secure based on logic from your own fraud engine, provide this option. Read our guide on [manually requesting 3D Secure](https://stripe.com/docs/payments/3d-secure#manual-three-ds) for more information on how this configuration interacts with Radar and our SCA Engine. */
  request_three_d_secure?: "any" | "automatic" | null;
};
