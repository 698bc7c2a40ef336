import type { SchemaModule } from "./runtime/api.js";
import type { InvoiceTransferData as self } from "./types/invoice_transfer_data.js";

export type InvoiceTransferData = self;
export declare const InvoiceTransferData: SchemaModule<self>;
