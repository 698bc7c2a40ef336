import type * as runtime from "./runtime/api.js";
import type { InvoiceInstallmentsCard as self } from "./types/invoice_installments_card.js";

export type InvoiceInstallmentsCard = self;
export declare const InvoiceInstallmentsCard: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoiceInstallmentsCard(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoiceInstallmentsCard(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoiceInstallmentsCard: runtime.Check;
