// The running server's own view of its memory, through the Node.js inspector (the server started with
// --inspect=127.0.0.1:PORT): process.memoryUsage() and V8's heap spaces of the main thread, and a heap snapshot on
// demand. Node 20's WebSocket needs --experimental-websocket (the bench scripts that use this run under tsx with it).

type Pending = Map<number, (result: unknown) => void>;

export type MainThreadMemory = {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  spaces: Record<string, number>;
};

export class Inspector {
  private next = 1;
  private readonly pending: Pending = new Map();
  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener("message", (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; method?: string; params?: unknown };
      if (message.id !== undefined) this.pending.get(message.id)?.(message.result);
      if (message.method) this.listener?.(message.method, message.params);
    });
  }
  listener: ((method: string, params: unknown) => void) | null = null;

  static async connect(port: number): Promise<Inspector> {
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
    const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl);
    await new Promise((resolve, reject) => {
      socket.addEventListener("open", resolve, { once: true });
      socket.addEventListener("error", reject, { once: true });
    });
    return new Inspector(socket);
  }

  send<T>(method: string, params: object = {}): Promise<T> {
    const id = this.next++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve) => this.pending.set(id, resolve as (result: unknown) => void));
  }

  async evaluate<T>(expression: string): Promise<T> {
    const answer = await this.send<{ result: { value?: string } }>("Runtime.evaluate", { expression, returnByValue: true });
    return JSON.parse(answer.result.value ?? "null") as T;
  }

  /** The main thread's memory, after a full garbage collection when `collect` (what is live, not what awaits GC). */
  async memory(collect = false): Promise<MainThreadMemory> {
    if (collect) await this.send("HeapProfiler.collectGarbage");
    return this.evaluate<MainThreadMemory>(`JSON.stringify({ ...process.memoryUsage(), spaces: Object.fromEntries(
      process.mainModule.require("node:v8").getHeapSpaceStatistics().map((s) => [s.space_name, s.space_used_size])) })`);
  }

  /** A heap snapshot of the main thread, as the text of a .heapsnapshot file. */
  async heapSnapshot(): Promise<string> {
    const chunks: string[] = [];
    this.listener = (method, params) => {
      if (method === "HeapProfiler.addHeapSnapshotChunk") chunks.push((params as { chunk: string }).chunk);
    };
    await this.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
    this.listener = null;
    return chunks.join("");
  }

  close(): void {
    this.socket.close();
  }
}
