import type { SchemaModule } from "./runtime/api.js";
import type { Token as self } from "./types/token.js";

export type Token = self;
export declare const Token: SchemaModule<self>;
