import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalReaderReaderResourceSetReaderDisplayAction as Type } from "./types/terminal_reader_reader_resource_set_reader_display_action.js";

export type { TerminalReaderReaderResourceSetReaderDisplayAction } from "./types/terminal_reader_reader_resource_set_reader_display_action.js";
declare const schema: SchemaModule<Type>;
export { schema as TerminalReaderReaderResourceSetReaderDisplayAction };
