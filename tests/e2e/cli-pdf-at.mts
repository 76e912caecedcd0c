/** `npx tsx tests/e2e/cli-pdf-at.mts <answers.json> <report.pdf> <ISO time>`: the CLI's PDF as if made at that time. */
import { nodeIo } from '../../src/cli/node-io.ts';
import { runCli } from '../../src/cli/run.ts';

const [file, pdf, at] = process.argv.slice(2) as [string, string, string];
process.exitCode = await runCli([file, '--pdf', pdf], { ...nodeIo, stdout: () => undefined, now: () => new Date(at) });
