import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsKlarna as Type } from "./types/payment_method_details_klarna.js";

export type PaymentMethodDetailsKlarna = Type;
export declare const PaymentMethodDetailsKlarna: SchemaModule<Type>;
