import cliProgress from "cli-progress";

export interface Progress {
  tick(label: string, counts: Record<string, number>): void;
  stop(): void;
}

/**
 * A progress bar on a terminal, plain lines otherwise (CI, pipes): one line
 * per item so logs stay readable.
 */
export function progress(total: number | null, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) {
    let n = 0;
    return {
      tick(label, counts) {
        n++;
        const parts = Object.entries(counts).map(([k, v]) => `${k} ${v}`);
        stream.write(`[${n}${total ? `/${total}` : ""}] ${label} (${parts.join(", ")})\n`);
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: total ? "{bar} {value}/{total} {label} {counts}" : "{value} articles {label} {counts}",
      hideCursor: true,
      clearOnComplete: false,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total ?? 0, 0, { label: "", counts: "" });
  return {
    tick(label, counts) {
      const parts = Object.entries(counts).map(([k, v]) => `${k} ${v}`);
      bar.increment(1, {
        label: label.length > 40 ? `…${label.slice(-39)}` : label,
        counts: parts.join(", "),
      });
    },
    stop() {
      bar.stop();
    },
  };
}
