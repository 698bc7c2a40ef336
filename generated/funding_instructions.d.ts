import type { SchemaModule } from "./runtime/schema.js";
import type { FundingInstructions as Type } from "./types/funding_instructions.js";

export type FundingInstructions = Type;
export declare const FundingInstructions: SchemaModule<Type>;
