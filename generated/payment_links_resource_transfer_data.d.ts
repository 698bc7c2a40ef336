import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceTransferData as self } from "./types/payment_links_resource_transfer_data.js";

export type PaymentLinksResourceTransferData = self;
export declare const PaymentLinksResourceTransferData: SchemaModule<self>;
