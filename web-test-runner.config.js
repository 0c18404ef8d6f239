// `npm test`: the browser suite in headless system Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { chromiumPath, CHROMIUM_ARGS } from './test/browsers.js';
import { testApi } from './test/server/test-api.js';

export const sharedConfig = {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  middleware: [testApi],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};

export default {
  ...sharedConfig,
  concurrency: 2,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
};
