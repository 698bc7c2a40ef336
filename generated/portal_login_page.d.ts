import type { SchemaModule } from "./runtime/schema.js";
import type { PortalLoginPage as Type } from "./types/portal_login_page.js";

export type PortalLoginPage = Type;
export declare const PortalLoginPage: SchemaModule<Type>;
