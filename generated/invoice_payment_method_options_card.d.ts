import type * as runtime from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsCard as self } from "./types/invoice_payment_method_options_card.js";

export type InvoicePaymentMethodOptionsCard = self;
export declare const InvoicePaymentMethodOptionsCard: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicePaymentMethodOptionsCard(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoicePaymentMethodOptionsCard(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicePaymentMethodOptionsCard: runtime.Check;
