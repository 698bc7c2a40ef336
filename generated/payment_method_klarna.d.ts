import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodKlarna as self } from "./types/payment_method_klarna.js";

export type PaymentMethodKlarna = self;
export declare const PaymentMethodKlarna: SchemaModule<self>;
