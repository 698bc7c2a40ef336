/**
 * A Connection Token is used by the Stripe Terminal SDK to connect to a reader.
 *
 * Related guide: [Fleet management](https://stripe.com/docs/terminal/fleet/locations)
 *
 * @schema `terminal.connection_token`
 */
export type TerminalConnectionToken = {
  /**
   * The id of the location that this connection token is scoped to. Note that location scoping only applies to internet-connected readers. For more details, see [the docs on scoping connection tokens](https://stripe.com/docs/terminal/fleet/locations#connection-tokens).
   *
   * @maxLength 5000
   */
  location?: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "terminal.connection_token";
  /**
   * Your application should pass this token to the Stripe Terminal SDK.
   *
   * @maxLength 5000
   */
  secret: string;
};
