import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourcePhoneNumberCollection as self } from "./types/payment_links_resource_phone_number_collection.js";

export type PaymentLinksResourcePhoneNumberCollection = self;
export declare const PaymentLinksResourcePhoneNumberCollection: SchemaModule<self>;
