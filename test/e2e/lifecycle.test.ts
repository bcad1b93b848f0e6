import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startStack } from '../support/stack.js';

describe('lifecycle: starting and stopping the server', () => {
  it('should stop cleanly and leave no data behind when the stack gets SIGTERM', async () => {
    const stack = await startStack({ env: { SEED_DEMO: 'false' } });
    expect(stack.logs()).toContain('Samenspraak is ready');
    await stack.stop();
    expect(stack.exitStatus()).toBe(0);
    expect(stack.logs()).toContain('stopped cleanly');
    expect(existsSync(stack.dataDir)).toBe(false);
  });

  it('should exit with a message that names the variable when the configuration is wrong', async () => {
    await expect(startStack({ env: { PORT: 'eighty' } })).rejects.toThrow(/exited \(1\)[\s\S]*PORT/);
  });
});
