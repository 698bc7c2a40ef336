import type { SchemaModule } from "./runtime/schema.js";
import type { Recurring as Type } from "./types/recurring.js";

export type { Recurring } from "./types/recurring.js";
declare const schema: SchemaModule<Type>;
export { schema as Recurring };
