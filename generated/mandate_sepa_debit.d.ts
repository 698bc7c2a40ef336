import type { SchemaModule } from "./runtime/schema.js";
import type { MandateSepaDebit as Type } from "./types/mandate_sepa_debit.js";

export type { MandateSepaDebit } from "./types/mandate_sepa_debit.js";
declare const schema: SchemaModule<Type>;
export { schema as MandateSepaDebit };
