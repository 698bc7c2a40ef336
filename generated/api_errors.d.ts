import type { SchemaModule } from "./runtime/schema.js";
import type { ApiErrors as Type } from "./types/api_errors.js";

export type { ApiErrors } from "./types/api_errors.js";
declare const schema: SchemaModule<Type>;
export { schema as ApiErrors };
