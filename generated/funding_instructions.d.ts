import type { SchemaModule } from "./runtime/schema.js";
import type { FundingInstructions as Type } from "./types/funding_instructions.js";

export type { FundingInstructions } from "./types/funding_instructions.js";
declare const schema: SchemaModule<Type>;
export { schema as FundingInstructions };
