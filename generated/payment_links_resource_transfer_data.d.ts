import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceTransferData as Type } from "./types/payment_links_resource_transfer_data.js";

export type PaymentLinksResourceTransferData = Type;
export declare const PaymentLinksResourceTransferData: SchemaModule<Type>;
