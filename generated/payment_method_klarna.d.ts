import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodKlarna as Type } from "./types/payment_method_klarna.js";

export type PaymentMethodKlarna = Type;
export declare const PaymentMethodKlarna: SchemaModule<Type>;
