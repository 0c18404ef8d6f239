// `npm test`: the browser suite in headless system Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { chromiumPath, CHROMIUM_ARGS, newWindowPage } from './test/browsers.js';
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
  // Built on first use, so the all-engines config can import sharedConfig without Chromium.
  get browsers() {
    return [
      chromeLauncher({
        launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
        // One window per test file: background tabs get no animation frames and fixtures time out.
        createPage: newWindowPage,
      }),
    ];
  },
};
