/** Start the demo portal on a preferred port (the demo's 4517), falling back to an ephemeral one when it is busy. */
import { startDemoServer, type DemoServer, type DemoServerOptions } from './server';

export const DEMO_PORT = 4517;

export async function startDemoServerPreferring(port: number, options: Omit<DemoServerOptions, 'port'> = {}): Promise<DemoServer> {
  try {
    return await startDemoServer({ ...options, port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return startDemoServer({ ...options, port: 0 });
  }
}
