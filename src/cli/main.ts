/** `npm run assess -- <answers.json> [--json] [--out result.json] [--pdf report.pdf]` (see args.ts). */
import { nodeIo } from './node-io.ts';
import { runCli } from './run.ts';

try {
  process.exitCode = await runCli(process.argv.slice(2), nodeIo);
} catch (error) {
  process.stderr.write(`error: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
