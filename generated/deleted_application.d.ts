import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedApplication as Type } from "./types/deleted_application.js";

export type { DeletedApplication } from "./types/deleted_application.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedApplication };
