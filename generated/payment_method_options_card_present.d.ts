import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsCardPresent as self } from "./types/payment_method_options_card_present.js";

export type PaymentMethodOptionsCardPresent = self;
export declare const PaymentMethodOptionsCardPresent: SchemaModule<self>;
