import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsBacsDebit as Type } from "./types/payment_method_details_bacs_debit.js";

export type { PaymentMethodDetailsBacsDebit } from "./types/payment_method_details_bacs_debit.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsBacsDebit };
