import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodP24 as self } from "./types/payment_method_p24.js";

export type PaymentMethodP24 = self;
export declare const PaymentMethodP24: SchemaModule<self>;
