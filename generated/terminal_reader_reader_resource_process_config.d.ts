import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalReaderReaderResourceProcessConfig as Type } from "./types/terminal_reader_reader_resource_process_config.js";

export type { TerminalReaderReaderResourceProcessConfig } from "./types/terminal_reader_reader_resource_process_config.js";
declare const schema: SchemaModule<Type>;
export { schema as TerminalReaderReaderResourceProcessConfig };
