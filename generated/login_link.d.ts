import type { SchemaModule } from "./runtime/api.js";
import type { LoginLink as self } from "./types/login_link.js";

export type LoginLink = self;
export declare const LoginLink: SchemaModule<self>;
