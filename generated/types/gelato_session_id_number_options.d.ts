/** @schema `gelato_session_id_number_options` */
export interface GelatoSessionIdNumberOptions {
  [key: string]: unknown;
}
