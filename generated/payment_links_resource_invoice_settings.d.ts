import type * as runtime from "./runtime/api.js";
import type { PaymentLinksResourceInvoiceSettings as self } from "./types/payment_links_resource_invoice_settings.js";

export type PaymentLinksResourceInvoiceSettings = self;
export declare const PaymentLinksResourceInvoiceSettings: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentLinksResourceInvoiceSettings(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentLinksResourceInvoiceSettings(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentLinksResourceInvoiceSettings: runtime.Check;
