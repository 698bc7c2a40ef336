import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedPerson as Type } from "./types/deleted_person.js";

export type { DeletedPerson } from "./types/deleted_person.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedPerson };
