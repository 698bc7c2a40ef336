import type { SchemaModule } from "./runtime/api.js";
import type { PortalLoginPage as self } from "./types/portal_login_page.js";

export type PortalLoginPage = self;
export declare const PortalLoginPage: SchemaModule<self>;
