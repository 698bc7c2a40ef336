import type { SchemaModule } from "./runtime/api.js";
import type { ConnectEmbeddedAccountSessionCreateComponents as self } from "./types/connect_embedded_account_session_create_components.js";

export type ConnectEmbeddedAccountSessionCreateComponents = self;
export declare const ConnectEmbeddedAccountSessionCreateComponents: SchemaModule<self>;
