import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceTransferData as Type } from "./types/payment_links_resource_transfer_data.js";

export type { PaymentLinksResourceTransferData } from "./types/payment_links_resource_transfer_data.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourceTransferData };
