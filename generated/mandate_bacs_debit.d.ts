import type { SchemaModule } from "./runtime/schema.js";
import type { MandateBacsDebit as Type } from "./types/mandate_bacs_debit.js";

export type { MandateBacsDebit } from "./types/mandate_bacs_debit.js";
declare const schema: SchemaModule<Type>;
export { schema as MandateBacsDebit };
