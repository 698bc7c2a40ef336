import type { SchemaModule } from "./runtime/schema.js";
import type { MandateAuBecsDebit as Type } from "./types/mandate_au_becs_debit.js";

export type { MandateAuBecsDebit } from "./types/mandate_au_becs_debit.js";
declare const schema: SchemaModule<Type>;
export { schema as MandateAuBecsDebit };
