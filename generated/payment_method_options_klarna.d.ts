import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsKlarna as Type } from "./types/payment_method_options_klarna.js";

export type PaymentMethodOptionsKlarna = Type;
export declare const PaymentMethodOptionsKlarna: SchemaModule<Type>;
