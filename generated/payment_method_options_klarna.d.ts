import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsKlarna as self } from "./types/payment_method_options_klarna.js";

export type PaymentMethodOptionsKlarna = self;
export declare const PaymentMethodOptionsKlarna: SchemaModule<self>;
