import type { SchemaModule } from "./runtime/schema.js";
import type { AppsSecret as Type } from "./types/apps.secret.js";

export type { AppsSecret } from "./types/apps.secret.js";
declare const schema: SchemaModule<Type>;
export { schema as AppsSecret };
