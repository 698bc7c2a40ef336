import type { SchemaModule } from "./runtime/schema.js";
import type { MandateAcssDebit as Type } from "./types/mandate_acss_debit.js";

export type { MandateAcssDebit } from "./types/mandate_acss_debit.js";
declare const schema: SchemaModule<Type>;
export { schema as MandateAcssDebit };
