import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

// Text the browser downloads; images other than SVG and fonts are compressed already.
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest|xml)$/;
// Below this, the headers cost more than compression saves.
const MIN_BYTES = 1024;

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => COMPRESSIBLE.test(file) && !file.includes(`${path.sep}.vite${path.sep}`));
}

// Writes `x.br` (brotli, best) and `x.gz` (gzip, best) beside each text file of the build, once, at build time:
// the server sends the one the browser accepts (Content-Encoding, Vary: Accept-Encoding) without compressing on
// every request. A copy that would not be smaller is left out.
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'samenspraak:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = await filesIn(outDir);
      let compressed = 0;
      let before = 0;
      let afterBrotli = 0;
      await Promise.all(
        files.map(async (file) => {
          if ((await stat(file)).size < MIN_BYTES) return;
          const content = await readFile(file);
          const [br, gz] = await Promise.all([
            brotli(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
            gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          compressed += 1;
          before += content.length;
          if (br.length < content.length) {
            await writeFile(`${file}.br`, br);
            afterBrotli += br.length;
          } else afterBrotli += content.length;
          if (gz.length < content.length) await writeFile(`${file}.gz`, gz);
        }),
      );
      this.info(
        `precompressed ${compressed} files: ${(before / 1024).toFixed(0)} KiB, ${(afterBrotli / 1024).toFixed(0)} KiB with brotli`,
      );
    },
  };
}
