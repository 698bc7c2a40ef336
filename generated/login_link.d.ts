import type { SchemaModule } from "./runtime/schema.js";
import type { LoginLink as Type } from "./types/login_link.js";

export type { LoginLink } from "./types/login_link.js";
declare const schema: SchemaModule<Type>;
export { schema as LoginLink };
