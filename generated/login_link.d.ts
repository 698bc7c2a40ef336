import type { SchemaModule } from "./runtime/schema.js";
import type { LoginLink as Type } from "./types/login_link.js";

export type LoginLink = Type;
export declare const LoginLink: SchemaModule<Type>;
