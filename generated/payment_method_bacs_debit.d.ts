import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodBacsDebit as Type } from "./types/payment_method_bacs_debit.js";

export type { PaymentMethodBacsDebit } from "./types/payment_method_bacs_debit.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodBacsDebit };
