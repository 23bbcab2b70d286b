/**
 * Projects the OS asks us to open (command line, second instance, macOS open-file) can arrive
 * before the window has loaded; they wait here and are handled in order once it has.
 */
export class OpenRequests {
  private waiting: string[] = [];
  private handler: ((path: string) => void) | null = null;

  push(path: string): void {
    if (this.handler) this.handler(path);
    else this.waiting.push(path);
  }

  /** From now on paths go straight to `handler`; those that waited are handed over first. */
  start(handler: (path: string) => void): void {
    this.handler = handler;
    const waiting = this.waiting;
    this.waiting = [];
    for (const path of waiting) handler(path);
  }

  /** Back to waiting (the window is gone until it is recreated). */
  stop(): void {
    this.handler = null;
  }
}
