import type { SchemaModule } from "./runtime/schema.js";
import type { Token as Type } from "./types/token.js";

export type { Token } from "./types/token.js";
declare const schema: SchemaModule<Type>;
export { schema as Token };
