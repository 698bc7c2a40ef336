import type * as runtime from "./runtime/api.js";
import type { InvoiceMandateOptionsCard as self } from "./types/invoice_mandate_options_card.js";

export type InvoiceMandateOptionsCard = self;
export declare const InvoiceMandateOptionsCard: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoiceMandateOptionsCard(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoiceMandateOptionsCard(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoiceMandateOptionsCard: runtime.Check;
