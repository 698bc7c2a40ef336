import type { SchemaModule } from "./runtime/schema.js";
import type { AccountRequirementsAlternative as Type } from "./types/account_requirements_alternative.js";

export type { AccountRequirementsAlternative } from "./types/account_requirements_alternative.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountRequirementsAlternative };
