/**
 * Tells the editor's own edits, coming back through the `value` prop, from changes made outside.
 *
 * A controlled editor can't simply compare `value` with its text: React renders after the
 * keystroke that caused it, and by then the user may have typed more. Writing that stale
 * `value` back would drop keystrokes (what @monaco-editor/react's own `value` sync does under
 * load). So every text sent through onChange is remembered until the parent echoes it.
 */
export class EchoTracker {
  private pending: string[] = [];

  constructor(private readonly limit = 500) {}

  /** Records a text the editor reported through onChange. */
  sent(text: string): void {
    this.pending.push(text);
    if (this.pending.length > this.limit) this.pending.shift();
  }

  /**
   * True when `value` is a text the editor sent (the latest or an older one): the parent is
   * catching up and the editor must be left alone. False for a text from elsewhere, which the
   * editor should show; the record is then cleared, since that text replaces everything typed.
   */
  isEcho(value: string): boolean {
    const index = this.pending.lastIndexOf(value);
    if (index === -1) {
      this.pending = [];
      return false;
    }
    this.pending = this.pending.slice(index + 1);
    return true;
  }
}
