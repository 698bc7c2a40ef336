import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingAuthorization as Type } from "./types/issuing.authorization.js";

export type { IssuingAuthorization } from "./types/issuing.authorization.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingAuthorization };
