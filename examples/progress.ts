/** A one-line progress bar on stderr: step, loss and step time. */
export function progressBar(total: number, width = 30) {
  let last = Date.now();
  return {
    update(step: number, loss: number) {
      const now = Date.now();
      const ms = now - last;
      last = now;
      const done = Math.round((width * step) / total);
      const bar = '█'.repeat(done) + '░'.repeat(width - done);
      process.stderr.write(
        `\r${bar} step ${step}/${total}  loss ${loss.toFixed(4)}  ${ms} ms/step   `,
      );
    },
    end() {
      process.stderr.write('\n');
    },
  };
}
