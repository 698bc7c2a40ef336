import type { SchemaModule } from "./runtime/schema.js";
import type { Person as Type } from "./types/person.js";

export type { Person } from "./types/person.js";
declare const schema: SchemaModule<Type>;
export { schema as Person };
