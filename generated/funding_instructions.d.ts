import type { SchemaModule } from "./runtime/api.js";
import type { FundingInstructions as self } from "./types/funding_instructions.js";

export type FundingInstructions = self;
export declare const FundingInstructions: SchemaModule<self>;
