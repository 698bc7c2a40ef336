import type { SchemaModule } from "./runtime/schema.js";
import type { SourceMandateNotificationSepaDebitData as Type } from "./types/source_mandate_notification_sepa_debit_data.js";

export type { SourceMandateNotificationSepaDebitData } from "./types/source_mandate_notification_sepa_debit_data.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceMandateNotificationSepaDebitData };
