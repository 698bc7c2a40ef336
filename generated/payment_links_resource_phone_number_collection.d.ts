import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourcePhoneNumberCollection as Type } from "./types/payment_links_resource_phone_number_collection.js";

export type PaymentLinksResourcePhoneNumberCollection = Type;
export declare const PaymentLinksResourcePhoneNumberCollection: SchemaModule<Type>;
