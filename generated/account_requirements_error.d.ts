import type { SchemaModule } from "./runtime/schema.js";
import type { AccountRequirementsError as Type } from "./types/account_requirements_error.js";

export type { AccountRequirementsError } from "./types/account_requirements_error.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountRequirementsError };
