import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalConnectionToken as Type } from "./types/terminal.connection_token.js";

export type { TerminalConnectionToken } from "./types/terminal.connection_token.js";
declare const schema: SchemaModule<Type>;
export { schema as TerminalConnectionToken };
