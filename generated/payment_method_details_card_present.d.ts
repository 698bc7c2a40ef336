import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsCardPresent as self } from "./types/payment_method_details_card_present.js";

export type PaymentMethodDetailsCardPresent = self;
export declare const PaymentMethodDetailsCardPresent: SchemaModule<self>;
