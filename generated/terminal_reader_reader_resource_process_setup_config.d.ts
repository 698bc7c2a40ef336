import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalReaderReaderResourceProcessSetupConfig as Type } from "./types/terminal_reader_reader_resource_process_setup_config.js";

export type { TerminalReaderReaderResourceProcessSetupConfig } from "./types/terminal_reader_reader_resource_process_setup_config.js";
declare const schema: SchemaModule<Type>;
export { schema as TerminalReaderReaderResourceProcessSetupConfig };
