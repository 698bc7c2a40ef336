import type { SchemaModule } from "./runtime/schema.js";
import type { Token as Type } from "./types/token.js";

export type Token = Type;
export declare const Token: SchemaModule<Type>;
