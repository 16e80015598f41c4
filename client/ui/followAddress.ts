/** A text box's own state beside the address it writes to. */
export interface AddressedText {
  text: string;
  /**
   * The address as it stood before the box started writing, then every value it wrote since: any of
   * them may still be what the address says until the router catches up with the last.
   */
  sent: readonly string[];
}

/**
 * What the box should hold now that the address reads `value`, or null to leave it as it is. An
 * address the box wrote itself, arriving late, changes nothing; any other address (a link, Back,
 * "Clear filters") replaces the text.
 */
export function followAddress(value: string, { text, sent }: AddressedText): AddressedText | null {
  if (sent.length > 0) {
    if (value === sent.at(-1)) return { text, sent: [] };
    return sent.includes(value) ? null : { text: value, sent: [] };
  }
  return value === text ? null : { text: value, sent: [] };
}

/** The state after the box writes `next`, with the address still reading `value`. */
export function typed(next: string, value: string, { sent }: AddressedText): AddressedText {
  return { text: next, sent: [...(sent.length > 0 ? sent : [value]), next] };
}
