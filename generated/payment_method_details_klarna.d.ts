import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsKlarna as self } from "./types/payment_method_details_klarna.js";

export type PaymentMethodDetailsKlarna = self;
export declare const PaymentMethodDetailsKlarna: SchemaModule<self>;
