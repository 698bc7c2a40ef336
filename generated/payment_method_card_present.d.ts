import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodCardPresent as self } from "./types/payment_method_card_present.js";

export type PaymentMethodCardPresent = self;
export declare const PaymentMethodCardPresent: SchemaModule<self>;
