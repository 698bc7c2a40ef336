import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceCustomFields as Type } from "./types/payment_links_resource_custom_fields.js";

export type PaymentLinksResourceCustomFields = Type;
export declare const PaymentLinksResourceCustomFields: SchemaModule<Type>;
