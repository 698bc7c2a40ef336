import type { SchemaModule } from "./runtime/schema.js";
import type { Period as Type } from "./types/period.js";

export type { Period } from "./types/period.js";
declare const schema: SchemaModule<Type>;
export { schema as Period };
