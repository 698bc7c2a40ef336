import type { SchemaModule } from "./runtime/schema.js";
import type { ConnectEmbeddedAccountSessionCreateComponents as Type } from "./types/connect_embedded_account_session_create_components.js";

export type ConnectEmbeddedAccountSessionCreateComponents = Type;
export declare const ConnectEmbeddedAccountSessionCreateComponents: SchemaModule<Type>;
