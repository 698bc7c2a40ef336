import type { SchemaModule } from "./runtime/schema.js";
import type { AccountRequirements as Type } from "./types/account_requirements.js";

export type { AccountRequirements } from "./types/account_requirements.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountRequirements };
