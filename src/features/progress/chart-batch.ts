/**
 * Several charts mounting in one render draw in one go: every chart first reads what it needs
 * from layout and style (width, colours), then all of them build their canvases. Reading and
 * writing in turn would make the browser lay the page out again for each chart.
 */
type Read = () => () => void;

let queue: Read[] = [];

/** `read` runs with the other charts' reads; the function it returns runs after all of them. */
export function scheduleDraw(read: Read): void {
  queue.push(read);
  if (queue.length > 1) return;
  queueMicrotask(() => {
    const reads = queue;
    queue = [];
    const writes = reads.map((r) => r());
    for (const write of writes) write();
  });
}
