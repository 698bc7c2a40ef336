/** @schema `gelato_session_id_number_options` */
export type GelatoSessionIdNumberOptions = { [key: string]: unknown };
