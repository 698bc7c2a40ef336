import type { SchemaModule } from "./runtime/schema.js";
import type { Application as Type } from "./types/application.js";

export type { Application } from "./types/application.js";
declare const schema: SchemaModule<Type>;
export { schema as Application };
