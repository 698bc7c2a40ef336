import type { SchemaModule } from "./runtime/schema.js";
import type { Source as Type } from "./types/source.js";

export type { Source } from "./types/source.js";
declare const schema: SchemaModule<Type>;
export { schema as Source };
